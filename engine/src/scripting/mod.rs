//! Eval scripts: the EVAL family, the script cache, the `redis.*` API and conversions.
