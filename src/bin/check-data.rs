//! `check-data [FILE] [--today YYYY-MM-DD]`: checks a data file as strictly as the bundled
//! one must be (every warning is an error, every value justified, every rubric level
//! described, every source's kind given and no fact resting only on a kind never used
//! alone) and reports the values whose newest source is older than 18 months and the facts
//! that rest only on third-party assessments.

use eurocloud_compare::data::{audit, SourceDate, STALE_MONTHS};
use std::process::ExitCode;

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
        None => SourceDate::today(),
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("check-data: cannot read {path}: {err}");
            return ExitCode::from(2);
        }
    };
    let strict = match audit::strictly(&text, today, STALE_MONTHS) {
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
    let (loaded, stale, errors) = (&strict.loaded, &strict.stale, strict.errors.len());
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
    if errors > 0 {
        println!("{path}: {errors} errors");
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
