//! Entry point of the standalone page: mounts the widget and nothing else.

fn main() {
    eurocloud_compare::embed::start();
}
