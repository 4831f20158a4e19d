//! Engine benchmarks (`make bench`): ranking 10,000 providers on 48 criteria, by the
//! weighted sum and by TOPSIS, each beside a floor measured in the same run (one plain pass
//! summing the same matrix), reported as a ratio. Machines here are shared and noisy: the
//! ratio, measured side by side, is the figure to compare across runs.

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
    use eurocloud_compare::data::{
        Cell, Criterion as DataCriterion, Dataset, Direction, Group, Meta, Owner, Preset,
        PresetSource, Provider, Scale, Text,
    };
    use eurocloud_compare::engine;
    use std::hint::black_box;
    use std::time::Duration;

    const PROVIDERS: usize = 10_000;
    const CRITERIA: usize = 48;

    /// A dataset of `PROVIDERS` x `CRITERIA` values from a fixed pseudo-random sequence, one
    /// value in twenty missing, one criterion in four a cost.
    fn dataset() -> Dataset {
        let mut state: u64 = 0x2026_1128;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let criteria = (0..CRITERIA)
            .map(|j| DataCriterion {
                id: format!("c{j}"),
                label: Text::from("Criterion"),
                description: Text::from("A criterion"),
                group: 0,
                direction: if j % 4 == 3 {
                    Direction::Cost
                } else {
                    Direction::Benefit
                },
                scale: Scale {
                    min: 0.0,
                    max: 4.0,
                    levels: Vec::new(),
                },
                unit: None,
            })
            .collect();
        let providers = (0..PROVIDERS)
            .map(|i| Provider {
                id: format!("p{i}"),
                name: format!("Provider {i}"),
                country: "FR".into(),
                website: String::new(),
                owner: Owner {
                    name: "Owner".into(),
                    country: None,
                },
                reference: false,
                sources: Vec::new(),
                listed: None,
                certifications: Vec::new(),
                tender_2026: None,
                incidents: Vec::new(),
                values: (0..CRITERIA)
                    .map(|_| {
                        let r = next();
                        Cell {
                            value: (r % 20 != 0).then_some(((r >> 8) % 5) as f64),
                            ..Cell::MISSING
                        }
                    })
                    .collect(),
            })
            .collect();
        Dataset {
            meta: Meta {
                title: Text::from("Benchmark"),
                version: "1".into(),
                last_updated: None,
                contact: String::new(),
                description: None,
                license: None,
                methodology: None,
            },
            groups: vec![Group {
                id: "main".into(),
                label: Text::from("Main"),
                description: None,
            }],
            criteria,
            presets: vec![Preset {
                id: "even".into(),
                label: Text::from("Even"),
                description: Text::from("Even"),
                weights: vec![10; CRITERIA],
                source: PresetSource {
                    title: "Benchmark".into(),
                    url: None,
                    date: None,
                },
            }],
            default_preset: 0,
            providers,
        }
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

    pub fn main() {
        let d = dataset();
        let weights: Vec<u8> = (0..CRITERIA).map(|j| (j % 10 * 10 + 5) as u8).collect();
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
            b.iter(|| engine::topsis(black_box(&d), black_box(&weights)))
        });
        group.finish();
        c.final_summary();
        print_ratios();
    }

    /// Reads criterion's estimates for this run and prints each benchmark's time as a
    /// multiple of the floor's.
    fn print_ratios() {
        let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
            .parent()
            .map(|p| p.join("criterion"))
            .unwrap_or_default();
        // Criterion keeps spaces in directory names and replaces ':' with '_'.
        let group = format!("{PROVIDERS} providers x {CRITERIA} criteria");
        let read = |name: &str| -> Option<f64> {
            let path = dir
                .join(&group)
                .join(name.replace(':', "_"))
                .join("new/estimates.json");
            let text = std::fs::read_to_string(path).ok()?;
            let json: serde_json::Value = serde_json::from_str(&text).ok()?;
            json["median"]["point_estimate"].as_f64()
        };
        let Some(floor) = read("floor: sum the matrix") else {
            println!("ratios: no estimates found under {}", dir.display());
            return;
        };
        println!("floor (sum the matrix): {:.3} ms", floor / 1e6);
        for name in ["weighted sum: score and rank", "TOPSIS: score"] {
            if let Some(t) = read(name) {
                println!("{name}: {:.3} ms, {:.1}x the floor", t / 1e6, t / floor);
            }
        }
    }
}
