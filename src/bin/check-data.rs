//! `check-data [FILE] [--today YYYY-MM-DD] [--coverage-floor PERCENT] [--objectives-floor N]`:
//! checks a data file as strictly as the bundled one must be (every warning is an error,
//! every value justified, every rubric level described, every source's kind given and no
//! fact resting only on a kind never used alone), prints its coverage per provider and per
//! criterion, and reports the values whose newest source is older than 18 months and the
//! facts that rest only on third-party assessments. It fails when the non-reference
//! providers' values present fall below `--coverage-floor` percent, or when a provider has
//! fewer framework objectives than `--objectives-floor`.

use eurocloud_compare::data::{audit, SourceDate, STALE_MONTHS};
use std::collections::HashMap;
use std::process::ExitCode;

/// What the command line asks for.
struct Options {
    path: String,
    today: SourceDate,
    /// The least share (percent) of the non-reference providers' values present.
    coverage_floor: Option<f64>,
    /// The fewest framework objectives any provider may have.
    objectives_floor: Option<f64>,
}

/// Reads the command line; `Err` with the message for a wrong one.
fn options() -> Result<Options, String> {
    let mut given: HashMap<String, String> = HashMap::new();
    let mut path = "providers.json".to_owned();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            name @ ("--today" | "--coverage-floor" | "--objectives-floor") => {
                let value = args.next().ok_or(format!("{name} needs a value"))?;
                given.insert(name[2..].to_owned(), value);
            }
            other if other.starts_with("--") => return Err(format!("unknown option {other}")),
            _ => path = arg,
        }
    }
    let today = match given.get("today") {
        Some(text) => {
            SourceDate::parse(text).ok_or(format!("--today {text} is not a date (YYYY-MM-DD)"))?
        }
        None => SourceDate::today(),
    };
    let floor = |name: &str| -> Result<Option<f64>, String> {
        given
            .get(name)
            .map(|text| {
                text.parse::<f64>()
                    .map_err(|_| format!("--{name} {text} is not a number"))
            })
            .transpose()
    };
    Ok(Options {
        path,
        today,
        coverage_floor: floor("coverage-floor")?,
        objectives_floor: floor("objectives-floor")?,
    })
}

fn main() -> ExitCode {
    let options = match options() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("check-data: {message}");
            return ExitCode::from(2);
        }
    };
    let path = &options.path;
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("check-data: cannot read {path}: {err}");
            return ExitCode::from(2);
        }
    };
    let strict = match audit::strictly(&text, options.today, STALE_MONTHS) {
        Ok(strict) => strict,
        Err(problems) => {
            for problem in &problems {
                println!("error: {problem}");
            }
            println!("{path}: cannot be used ({} problems)", problems.len());
            return ExitCode::FAILURE;
        }
    };
    for error in &strict.errors {
        println!("error: {error}");
    }
    let d = &strict.loaded.dataset;
    let values: usize = d
        .providers
        .iter()
        .map(|p| p.values.iter().filter(|c| c.value.is_some()).count())
        .sum();
    let cells = d.providers.len() * d.criteria.len();
    println!(
        "{path}: {} providers, {} criteria, {values} of {cells} values sourced, {} missing",
        d.providers.len(),
        d.criteria.len(),
        cells - values
    );
    let errors = strict.errors.len() + coverage(&audit::coverage(d), &options);
    lists(&strict, options.today);
    if errors > 0 {
        println!("{path}: {errors} errors");
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Prints the coverage per provider and per criterion; returns how many floors it is under.
fn coverage(coverage: &audit::Coverage, options: &Options) -> usize {
    println!("coverage per provider (values present; framework objectives present):");
    for p in &coverage.providers {
        println!(
            "  {:<30} {:>2}/{}  objectives {}/{}{}",
            p.id,
            p.present,
            p.of,
            p.objectives,
            p.objectives_of,
            if p.reference { "  (reference)" } else { "" }
        );
    }
    println!("coverage per criterion (non-reference providers):");
    for (id, present, of) in &coverage.criteria {
        println!("  {id:<30} {present:>2}/{of}");
    }
    let share = coverage.share() * 100.0;
    let fewest = coverage.fewest_objectives();
    println!(
        "non-reference providers' values present: {share:.1} %; fewest framework objectives \
         of a provider: {fewest}"
    );
    let mut under = 0;
    if let Some(floor) = options.coverage_floor.filter(|&f| share < f) {
        println!("error: coverage {share:.1} % is below the floor of {floor} %");
        under += 1;
    }
    if let Some(floor) = options.objectives_floor.filter(|&f| (fewest as f64) < f) {
        println!("error: a provider has {fewest} framework objectives, below the floor of {floor}");
        under += 1;
    }
    under
}

/// Prints the values whose newest source is old and the facts resting only on assessments.
fn lists(strict: &audit::Strict, today: SourceDate) {
    let stale = &strict.stale;
    println!(
        "values whose newest source is older than {STALE_MONTHS} months (on {today}): {}",
        stale.len()
    );
    for s in stale {
        println!(
            "  {}.{}: newest source {} ({} months)",
            s.provider, s.criterion, s.newest_source, s.months
        );
    }
    println!(
        "facts that rest only on third-party assessments (allowed; look for the provider's \
         own or a register's word): {}",
        strict.assessment_only.len()
    );
    for fact in &strict.assessment_only {
        println!("  {fact}");
    }
}
