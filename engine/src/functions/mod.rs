//! Redis Functions: the library registry, the engine interface, FUNCTION * and FCALL.
