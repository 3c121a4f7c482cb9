//! No input makes a query panic: pseudo-random text (deterministic) and edge
//! cases through every entry point that takes text.

use controlled_substances::{CasNumber, Date, DeaCode, InchiKey, Jurisdiction, Registry, Scope};

/// xorshift64*: a small deterministic generator, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

const PIECES: &[&str] = &[
    "fentanyl",
    "DEA ",
    "smiles:",
    "21409-26-",
    "7",
    "8",
    "-",
    " ",
    "α",
    "β",
    "（",
    "）",
    "芬太尼",
    "HCl",
    "citrate",
    "C1CC",
    "c1ccccc1",
    "(",
    ")",
    "[",
    "]",
    "%",
    "=",
    "#",
    "@",
    "/",
    "\\",
    ".",
    "+",
    "N",
    "O",
    "Cl",
    "[nH]",
    "\u{200b}",
    "\u{2010}",
    "\u{ff21}",
    "ZZZZZZZZZZZZZZ-ZZZZZZZZZZ-Z",
    "0",
    "9",
    "’",
    "\n",
    "\t",
    "😀",
    "e\u{301}",
];

fn random_text(rng: &mut Rng) -> String {
    let n = (rng.next() % 12) as usize;
    (0..n)
        .map(|_| PIECES[(rng.next() % PIECES.len() as u64) as usize])
        .collect()
}

#[test]
fn queries_never_panic() {
    let r = Registry::embedded();
    let on = Date::new(2020, 1, 1).unwrap();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut inputs: Vec<String> = (0..1000).map(|_| random_text(&mut rng)).collect();
    inputs.extend(
        [
            "",
            " ",
            "DEA",
            "DEA ",
            "smiles:",
            "smiles: ",
            "0",
            "00000",
            "9999999999",
            "99999999999",
            "-",
            "--",
            "1-1-1",
            "x".repeat(1025).as_str(),
            "α".repeat(600).as_str(),
            "C".repeat(5000).as_str(),
            "(".repeat(300).as_str(),
        ]
        .map(String::from),
    );
    for q in &inputs {
        let _ = r.lookup(q);
        let _ = r.resolve(q);
        let _ = r.verdict(q, Jurisdiction::US, on);
        let _ = r.verdicts(q, on);
        let _ = r.history(q);
        let _ = r.suggest(q, 3);
        let _ = q.parse::<CasNumber>();
        let _ = q.parse::<Date>();
        let _ = q.parse::<Jurisdiction>();
        let _ = q.parse::<DeaCode>();
        let _ = q.parse::<InchiKey>();
        let _ = q.parse::<Scope>();
        let _ = controlled_substances::normalize_name(q);
    }
}

#[cfg(feature = "load")]
#[test]
fn loading_never_panics() {
    let mut rng = Rng(42);
    let pieces = [
        "[[substance]]\n",
        "[[listing]]\n",
        "[[names]]\n",
        "[[instrument]]\n",
        "[[jurisdiction]]\n",
        "id = \"a\"\n",
        "name = \"A\"\n",
        "kind = \"drug\"\n",
        "substance = \"a\"\n",
        "effective = \"2020-01-01\"\n",
        "until = 2019-01-01\n",
        "cas = \"50-00-0\"\n",
        "cas = 5\n",
        "citation = []\n",
        "names.en = [1]\n",
        "salts = [{ form = 1 }]\n",
        "version = 3\n",
        "code = \"US\"\n",
        "=\n",
        "\"\n",
        "[x]\n",
        "scope = [\"salts\", \"nope\"]\n",
    ];
    for i in 0..400 {
        let n = (rng.next() % 10) as usize;
        let text: String = (0..n)
            .map(|_| pieces[(rng.next() % pieces.len() as u64) as usize])
            .collect();
        let _ = Registry::load_files([("fuzz.toml", text.as_str())]);
        // Extending rebuilds the whole embedded dataset: a few times is enough.
        if i % 100 == 0 {
            let _ = Registry::embedded().extend_with_files([("fuzz.toml", text.as_str())]);
        }
    }
}
