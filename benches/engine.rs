//! Engine benchmarks (`make bench`): ranking 10,000 providers on 48 criteria, by the
//! weighted sum and by TOPSIS, each beside a floor measured in the same run (one plain pass
//! summing the same matrix), reported as a ratio; and SMAA rank acceptability, 10,000
//! weight samples on 20 providers and 12 criteria, beside its own floor (one plain pass
//! summing the same matrix per sample). Machines here are shared and noisy: the ratio,
//! measured side by side, is the figure to compare across runs.

// Criterion is a host-only dependency: on wasm32 (where clippy also checks this target)
// the benchmark is an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    host::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod host {
    use criterion::Criterion;
    use eurocloud_compare::data::{self, Cell, Dataset, Provider};
    use eurocloud_compare::engine;
    use serde_json::{json, Map};
    use std::hint::black_box;
    use std::time::Duration;

    const PROVIDERS: usize = 10_000;
    const CRITERIA: usize = 48;
    /// SMAA: weight samples, on a dataset the size of the widget's.
    const SAMPLES: u32 = 10_000;
    const SMAA_PROVIDERS: usize = 20;
    const SMAA_CRITERIA: usize = 12;

    /// A dataset of `providers` x `criteria` values from a fixed pseudo-random sequence, one
    /// value in twenty missing, one criterion in four a cost. The frame (criteria on 0..4,
    /// one even preset, a provider as template) is parsed from a small data file, so it
    /// follows the data format as it grows; the values are generated.
    fn dataset(providers: usize, criteria: usize) -> Dataset {
        let mut state: u64 = 0x2026_1128;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let ids: Vec<String> = (0..criteria).map(|j| format!("c{j}")).collect();
        let source = json!([{ "url": "https://example.org/source", "date": "2026-01-15" }]);
        let file = json!({
            "format_version": 1,
            "dataset": {
                "title": "Benchmark", "version": "1", "last_updated": "2026-11-28",
                "contact": "mailto:data@example.org"
            },
            "groups": [{ "id": "main", "label": "Main" }],
            "criteria": ids.iter().enumerate().map(|(j, id)| json!({
                "id": id, "label": "Criterion", "description": "A criterion", "group": "main",
                "direction": if j % 4 == 3 { "cost" } else { "benefit" },
                "scale": { "min": 0, "max": 4 }
            })).collect::<Vec<_>>(),
            "presets": [{
                "id": "even", "label": "Even", "description": "Even",
                "weights": ids.iter().map(|id| (id.clone(), json!(10))).collect::<Map<_, _>>(),
                "source": { "title": "Benchmark" }
            }],
            "providers": [{
                "id": "template", "name": "Template", "country": "FR",
                "website": "https://example.org", "owner": { "name": "Owner" },
                "values": ids.iter()
                    .map(|id| (id.clone(), json!({ "value": 0, "sources": source })))
                    .collect::<Map<_, _>>()
            }]
        });
        let mut d = data::parse(&file.to_string())
            .expect("the benchmark's data file is valid")
            .dataset;
        let template = d.providers.pop().expect("one provider");
        d.providers = (0..providers)
            .map(|i| Provider {
                id: format!("p{i}"),
                name: format!("Provider {i}"),
                values: (0..criteria)
                    .map(|_| {
                        let r = next();
                        Cell {
                            value: (r % 20 != 0).then_some(((r >> 8) % 5) as f64),
                            ..Cell::MISSING
                        }
                    })
                    .collect(),
                ..(*template).clone()
            })
            .map(std::rc::Rc::new)
            .collect();
        d
    }

    /// The floor: one pass over the same values, summing them, with no normalisation,
    /// weighting or sorting.
    fn floor(d: &Dataset) -> f64 {
        d.providers
            .iter()
            .flat_map(|p| &p.values)
            .map(|c| c.value.unwrap_or(0.0))
            .sum()
    }

    /// SMAA's floor: the same plain pass once per sample (`black_box` keeps the compiler
    /// from summing once and reusing the result).
    fn floor_per_sample(d: &Dataset) -> f64 {
        (0..SAMPLES).map(|_| floor(black_box(d))).sum()
    }

    /// Weights 5, 15, ..., 95, repeating.
    fn weights_for(criteria: usize) -> Vec<u8> {
        (0..criteria).map(|j| (j % 10 * 10 + 5) as u8).collect()
    }

    pub fn main() {
        let d = dataset(PROVIDERS, CRITERIA);
        let weights = weights_for(CRITERIA);
        let mut c = Criterion::default()
            .measurement_time(Duration::from_secs(3))
            .warm_up_time(Duration::from_secs(1))
            .sample_size(20)
            .configure_from_args();
        let mut group = c.benchmark_group(format!("{PROVIDERS} providers x {CRITERIA} criteria"));
        group.bench_function("floor: sum the matrix", |b| b.iter(|| floor(black_box(&d))));
        group.bench_function("weighted sum: score and rank", |b| {
            b.iter(|| engine::rank(black_box(&d), black_box(&weights)))
        });
        group.bench_function("TOPSIS: score", |b| {
            b.iter(|| engine::topsis(black_box(&d), black_box(&weights), engine::Missing::Worst))
        });
        group.finish();
        let small = dataset(SMAA_PROVIDERS, SMAA_CRITERIA);
        let small_weights = weights_for(SMAA_CRITERIA);
        let mut group = c.benchmark_group(smaa_group());
        group.bench_function("floor: sum the matrix per sample", |b| {
            b.iter(|| floor_per_sample(black_box(&small)))
        });
        group.bench_function("SMAA: rank acceptability at 30%", |b| {
            b.iter(|| {
                engine::smaa::acceptability(
                    engine::Method::WeightedSum,
                    engine::Missing::Worst,
                    black_box(&small),
                    black_box(&small_weights),
                    30,
                    SAMPLES,
                    2026,
                )
            })
        });
        group.finish();
        c.final_summary();
        print_ratios(
            &format!("{PROVIDERS} providers x {CRITERIA} criteria"),
            ("floor: sum the matrix", "floor (sum the matrix)"),
            &["weighted sum: score and rank", "TOPSIS: score"],
        );
        print_ratios(
            &smaa_group(),
            (
                "floor: sum the matrix per sample",
                "SMAA floor (sum the matrix per sample)",
            ),
            &["SMAA: rank acceptability at 30%"],
        );
    }

    fn smaa_group() -> String {
        format!("{SAMPLES} samples x {SMAA_PROVIDERS} providers x {SMAA_CRITERIA} criteria")
    }

    /// Reads criterion's estimates for this run and prints each benchmark of `group` as a
    /// multiple of the group's floor (`floor`: its benchmark name, then its printed label).
    fn print_ratios(group: &str, floor: (&str, &str), names: &[&str]) {
        let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
            .parent()
            .map(|p| p.join("criterion"))
            .unwrap_or_default();
        // Criterion keeps spaces in directory names and replaces ':' with '_'.
        let read = |name: &str| -> Option<f64> {
            let path = dir
                .join(group)
                .join(name.replace(':', "_"))
                .join("new/estimates.json");
            let text = std::fs::read_to_string(path).ok()?;
            let json: serde_json::Value = serde_json::from_str(&text).ok()?;
            json["median"]["point_estimate"].as_f64()
        };
        let (floor_name, floor_label) = floor;
        let Some(floor) = read(floor_name) else {
            println!("ratios: no estimates found under {}", dir.display());
            return;
        };
        println!("{floor_label}: {:.3} ms", floor / 1e6);
        for &name in names {
            if let Some(t) = read(name) {
                println!("{name}: {:.3} ms, {:.1}x the floor", t / 1e6, t / floor);
            }
        }
    }
}
