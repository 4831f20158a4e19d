//! `schema [--check FILE]`: prints the JSON Schema of the data file, generated from the serde
//! types of `data::format` (`cargo run --bin schema > providers.schema.json`). With
//! `--check FILE`, exits non-zero when FILE is not that schema, naming the first line that
//! differs. Host only: on wasm32 it builds to nothing.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use eurocloud_compare::data::format;
    use std::process::ExitCode;

    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => {
            print!("{}", format::schema_text());
            ExitCode::SUCCESS
        }
        [flag, path] if flag == "--check" => {
            let committed = match std::fs::read_to_string(path) {
                Ok(text) => text,
                Err(err) => {
                    eprintln!("schema: cannot read {path}: {err}");
                    return ExitCode::from(2);
                }
            };
            match format::schema_difference(&committed, path) {
                None => {
                    println!("{path} is the schema generated from src/data/format.rs");
                    ExitCode::SUCCESS
                }
                Some(difference) => {
                    eprintln!("schema: {difference}");
                    ExitCode::FAILURE
                }
            }
        }
        _ => {
            eprintln!("usage: schema [--check FILE]");
            ExitCode::from(2)
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
