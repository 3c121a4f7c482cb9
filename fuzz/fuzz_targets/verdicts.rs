#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| controlled_substances_fuzz::verdicts(data));
