//! The RESP2/RESP3 value model, its encoder and an incremental decoder.

pub mod decode;
pub mod encode;
pub mod value;

pub use decode::{split_args, Decoder, ProtocolError};
pub use encode::encode;
pub use value::Reply;
