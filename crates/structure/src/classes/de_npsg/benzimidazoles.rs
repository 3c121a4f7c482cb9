//! stub

use super::super::Ctx;
use super::Outcome;

/// Stub.
pub fn matches(mol: &super::super::super::graph::Molecule) -> Option<super::super::ClassMatch> {
    super::run(mol, super::super::RuleId::DeNpsgBenzimidazoles)
}

pub(crate) fn evaluate(_ctx: &Ctx<'_>) -> Outcome {
    Outcome::NoCore
}
