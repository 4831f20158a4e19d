//! `check-data [FILE] [--today YYYY-MM-DD]`: checks a data file as strictly as the bundled
//! one must be (every warning is an error, every value justified, every rubric level
//! described) and reports the values whose newest source is older than 18 months.

use eurocloud_compare::data::{self, audit, SourceDate};
use eurocloud_compare::i18n::Catalogue;
use std::process::ExitCode;

const STALE_MONTHS: i32 = 18;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let today_arg = args
        .iter()
        .position(|a| a == "--today")
        .and_then(|i| args.get(i + 1));
    let path = args
        .iter()
        .enumerate()
        .find(|(i, a)| !a.starts_with("--") && (*i == 0 || args[i - 1] != "--today"))
        .map_or("providers.json", |(_, a)| a.as_str());
    let today = match today_arg {
        Some(text) => match SourceDate::parse(text) {
            Some(date) => date,
            None => {
                eprintln!("check-data: --today {text} is not a date (YYYY-MM-DD)");
                return ExitCode::from(2);
            }
        },
        None => today(),
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("check-data: cannot read {path}: {err}");
            return ExitCode::from(2);
        }
    };
    let english = Catalogue::english();
    let loaded = match data::parse(&text) {
        Ok(loaded) => loaded,
        Err(problems) => {
            for problem in &problems {
                println!("error: {}", english.data_problem(problem));
            }
            println!("{path}: cannot be used ({} problems)", problems.len());
            return ExitCode::FAILURE;
        }
    };
    let mut errors = 0;
    for problem in &loaded.warnings {
        println!("error: {}", english.data_problem(problem));
        errors += 1;
    }
    let (findings, stale) = audit::audit(&loaded.dataset, today, STALE_MONTHS);
    for finding in &findings {
        match finding {
            audit::Finding::Unjustified {
                provider,
                criterion,
            } => {
                println!("error: {provider}.{criterion}: the value has no note justifying it")
            }
            audit::Finding::UndescribedLevel { criterion, value } => {
                println!("error: {criterion}: the rubric does not describe level {value}")
            }
        }
        errors += 1;
    }
    let d = &loaded.dataset;
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
    println!(
        "values whose newest source is older than {STALE_MONTHS} months (on {today}): {}",
        stale.len()
    );
    for s in &stale {
        println!(
            "  {}.{}: newest source {} ({} months)",
            s.provider, s.criterion, s.newest_source, s.months
        );
    }
    if errors > 0 {
        println!("{path}: {errors} errors");
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Today's date (UTC) from the system clock.
fn today() -> SourceDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    SourceDate {
        year,
        month: Some(month),
        day: Some(day),
    }
}
