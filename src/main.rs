//! Entry point of the standalone page: mounts the widget and nothing else.

// Talc instead of the default dlmalloc: a smaller wasm (measured in the README).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    eurocloud_compare::embed::start();
}
