//! Incremental decoding of client requests (RESP multibulk and inline commands).
