//! stub

use super::super::Ctx;
use super::Outcome;

pub(crate) fn evaluate(_ctx: &Ctx<'_>) -> Outcome {
    Outcome::NoCore
}
