//! Placeholder: structure benchmarks (parse, strip salts, class rules).
fn main() {}
