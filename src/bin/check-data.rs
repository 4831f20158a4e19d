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

fn main() -> ExitCode {
    let mut options: HashMap<String, String> = HashMap::new();
    let mut path = "providers.json".to_owned();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            name @ ("--today" | "--coverage-floor" | "--objectives-floor") => {
                let Some(value) = args.next() else {
                    eprintln!("check-data: {name} needs a value");
                    return ExitCode::from(2);
                };
                options.insert(name[2..].to_owned(), value);
            }
            other if other.starts_with("--") => {
                eprintln!("check-data: unknown option {other}");
                return ExitCode::from(2);
            }
            _ => path = arg,
        }
    }
    let today = match options.get("today") {
        Some(text) => match SourceDate::parse(text) {
            Some(date) => date,
            None => {
                eprintln!("check-data: --today {text} is not a date (YYYY-MM-DD)");
                return ExitCode::from(2);
            }
        },
        None => SourceDate::today(),
    };
    let floor = |name: &str| -> Result<Option<f64>, ExitCode> {
        options
            .get(name)
            .map(|text| {
                text.parse::<f64>().map_err(|_| {
                    eprintln!("check-data: --{name} {text} is not a number");
                    ExitCode::from(2)
                })
            })
            .transpose()
    };
    let (coverage_floor, objectives_floor) =
        match (floor("coverage-floor"), floor("objectives-floor")) {
            (Ok(c), Ok(o)) => (c, o),
            (Err(code), _) | (_, Err(code)) => return code,
        };
    let text = match std::fs::read_to_string(&path) {
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
    let (loaded, stale) = (&strict.loaded, &strict.stale);
    let mut errors = strict.errors.len();
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
    let coverage = audit::coverage(d);
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
    println!(
        "non-reference providers' values present: {share:.1} %; fewest framework objectives \
         of a provider: {}",
        coverage.fewest_objectives()
    );
    if let Some(floor) = coverage_floor.filter(|&f| share < f) {
        println!("error: coverage {share:.1} % is below the floor of {floor} %");
        errors += 1;
    }
    if let Some(floor) = objectives_floor.filter(|&f| (coverage.fewest_objectives() as f64) < f) {
        println!(
            "error: a provider has {} framework objectives, below the floor of {floor}",
            coverage.fewest_objectives()
        );
        errors += 1;
    }
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
