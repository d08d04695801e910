//! The function library registry (Redis's `functionsLibCtx`): libraries by case-sensitive
//! name, a case-insensitive function-name index, per-engine counts, and the transactional
//! load / replace / delete / flush / restore operations.
//!
//! Every operation that can fail leaves the registry exactly as it was and hands the handles
//! of any half-created library back to the engine through [`FunctionEngine::free`].

use std::collections::HashMap;

use super::engine_api::{valid_name, FunctionEngine, FunctionInfo, INVALID_NAME};
use super::metadata;
use crate::resp::Reply;

/// A loaded library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Library {
    /// Library name (case-sensitive).
    pub name: Vec<u8>,
    /// Name of the engine that runs it, as the engine reports it (`LUA`).
    pub engine: &'static str,
    /// The full library text, shebang included (what LIST WITHCODE and DUMP return).
    pub code: Vec<u8>,
    /// The functions it registered, in registration order.
    pub functions: Vec<FunctionInfo>,
}

impl Library {
    fn handles(&self) -> Vec<u64> {
        self.functions.iter().map(|f| f.handle).collect()
    }
}

/// Libraries ordered by name: a vector kept sorted (binary search to find one). There are
/// few libraries and they change only on FUNCTION LOAD/DELETE/RESTORE, so this costs nothing
/// measurable and spares the browser bundle a `BTreeMap` instantiation.
#[derive(Clone, Debug, Default)]
struct LibMap(Vec<Library>);

impl LibMap {
    fn find(&self, name: &[u8]) -> Result<usize, usize> {
        self.0.binary_search_by(|l| l.name.as_slice().cmp(name))
    }

    fn len(&self) -> usize {
        self.0.len()
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn values(&self) -> std::slice::Iter<'_, Library> {
        self.0.iter()
    }

    fn keys(&self) -> impl Iterator<Item = &Vec<u8>> {
        self.0.iter().map(|l| &l.name)
    }

    fn get(&self, name: &[u8]) -> Option<&Library> {
        self.0.get(self.find(name).ok()?)
    }

    fn contains_key(&self, name: &[u8]) -> bool {
        self.find(name).is_ok()
    }

    /// Inserts `lib` under its name, replacing a library of the same name.
    fn insert(&mut self, lib: Library) {
        match self.find(&lib.name) {
            Ok(i) => {
                if let Some(slot) = self.0.get_mut(i) {
                    *slot = lib;
                }
            }
            Err(i) => self.0.insert(i, lib),
        }
    }

    fn remove(&mut self, name: &[u8]) -> Option<Library> {
        let i = self.find(name).ok()?;
        Some(self.0.remove(i))
    }

    fn clear(&mut self) {
        self.0.clear();
    }

    fn into_values(self) -> Vec<Library> {
        self.0
    }
}

/// The libraries and the function index.
#[derive(Clone, Debug)]
pub struct FunctionRegistry {
    libraries: LibMap,
    /// ASCII-lowercased function name -> (library name, position in its `functions`).
    index: HashMap<Vec<u8>, (Vec<u8>, usize)>,
    engines: Vec<&'static str>,
}

impl Default for FunctionRegistry {
    fn default() -> Self {
        FunctionRegistry::new()
    }
}

fn err_reply(msg: impl AsRef<[u8]>) -> Reply {
    let mut v = b"ERR ".to_vec();
    v.extend_from_slice(msg.as_ref());
    Reply::Error(v)
}

fn fold(name: &[u8]) -> Vec<u8> {
    name.to_ascii_lowercase()
}

/// Cuts a byte string at its first NUL, as C's `%s` formatting shows it.
fn c_str(s: &[u8]) -> &[u8] {
    let end = s.iter().position(|&c| c == 0).unwrap_or(s.len());
    s.get(..end).unwrap_or(s)
}

impl FunctionRegistry {
    /// An empty registry knowing the one engine Redis 7.0 has (`LUA`).
    pub fn new() -> FunctionRegistry {
        FunctionRegistry::with_engines(&["LUA"])
    }

    /// An empty registry; `engines` are the names FUNCTION STATS reports.
    pub fn with_engines(engines: &[&'static str]) -> FunctionRegistry {
        FunctionRegistry {
            libraries: LibMap::default(),
            index: HashMap::new(),
            engines: engines.to_vec(),
        }
    }

    /// Number of libraries.
    pub fn library_count(&self) -> usize {
        self.libraries.len()
    }

    /// Number of functions over all libraries.
    pub fn function_count(&self) -> usize {
        self.libraries.values().map(|l| l.functions.len()).sum()
    }

    /// True if no library is loaded.
    pub fn is_empty(&self) -> bool {
        self.libraries.is_empty()
    }

    /// The libraries, ordered by name.
    pub fn libraries(&self) -> impl Iterator<Item = &Library> {
        self.libraries.values()
    }

    /// A library by (case-sensitive) name.
    pub fn library(&self, name: &[u8]) -> Option<&Library> {
        self.libraries.get(name)
    }

    /// The engine names, for FUNCTION STATS.
    pub fn engine_names(&self) -> &[&'static str] {
        &self.engines
    }

    /// Finds a function by name, ASCII case-insensitively; returns its library too.
    pub fn function(&self, name: &[u8]) -> Option<(&Library, &FunctionInfo)> {
        let (lib, pos) = self.index.get(&fold(name))?;
        let lib = self.libraries.get(lib)?;
        let f = lib.functions.get(*pos)?;
        Some((lib, f))
    }

    /// (library name, code) of every library, for snapshots.
    pub fn library_codes(&self) -> Vec<(Vec<u8>, Vec<u8>)> {
        self.libraries
            .values()
            .map(|l| (l.name.clone(), l.code.clone()))
            .collect()
    }

    fn link(&mut self, lib: Library) {
        for (pos, f) in lib.functions.iter().enumerate() {
            // A library may register names differing only in case; Redis keeps the first in
            // its index (and crashes on delete). We keep the first and unlink safely.
            self.index
                .entry(fold(&f.name))
                .or_insert_with(|| (lib.name.clone(), pos));
        }
        self.libraries.insert(lib);
    }

    fn unlink(&mut self, name: &[u8]) -> Option<Library> {
        let lib = self.libraries.remove(name)?;
        for f in &lib.functions {
            let key = fold(&f.name);
            if self.index.get(&key).is_some_and(|(l, _)| *l == lib.name) {
                self.index.remove(&key);
            }
        }
        Some(lib)
    }

    /// FUNCTION LOAD: creates (or with `replace`, replaces) a library from its full text.
    /// Returns the library name, or the error reply; on error nothing changes.
    pub fn load(
        &mut self,
        engine: &mut dyn FunctionEngine,
        code: &[u8],
        replace: bool,
    ) -> Result<Vec<u8>, Reply> {
        self.create_library(engine, code, replace)
            .map_err(err_reply)
    }

    /// Redis's `functionsCreateWithLibraryCtx`; the error is the text after "ERR ".
    fn create_library(
        &mut self,
        engine: &mut dyn FunctionEngine,
        text: &[u8],
        replace: bool,
    ) -> Result<Vec<u8>, Vec<u8>> {
        let meta = metadata::parse(text)?;
        if !valid_name(&meta.name) {
            return Err(INVALID_NAME.as_bytes().to_vec());
        }
        if !meta.engine.eq_ignore_ascii_case(engine.name().as_bytes()) {
            let mut m = b"Engine '".to_vec();
            m.extend_from_slice(&meta.engine);
            m.extend_from_slice(b"' not found");
            return Err(m);
        }
        if self.libraries.contains_key(&meta.name) && !replace {
            let mut m = b"Library '".to_vec();
            m.extend_from_slice(&meta.name);
            m.extend_from_slice(b"' already exists");
            return Err(m);
        }
        let old = self.unlink(&meta.name);
        let result = self.create_unlinked(engine, &meta, text);
        match result {
            Ok(lib) => {
                self.link(lib);
                if let Some(old) = old {
                    engine.free(&old.handles());
                }
                Ok(meta.name)
            }
            Err(e) => {
                if let Some(old) = old {
                    self.link(old);
                }
                Err(e)
            }
        }
    }

    /// Runs the engine and checks the result against the (already unlinked) registry.
    fn create_unlinked(
        &self,
        engine: &mut dyn FunctionEngine,
        meta: &metadata::LibraryMeta,
        text: &[u8],
    ) -> Result<Library, Vec<u8>> {
        let functions = engine.create(&meta.name, &meta.code)?;
        let lib = Library {
            name: meta.name.clone(),
            engine: engine.name(),
            code: text.to_vec(),
            functions,
        };
        // Defensive: the engine should already have refused these during registration.
        for (i, f) in lib.functions.iter().enumerate() {
            let earlier = lib.functions.get(..i).unwrap_or_default();
            if let Err(msg) = super::engine_api::check_new_function(earlier, &f.name) {
                engine.free(&lib.handles());
                let mut m = b"Error registering functions: ERR ".to_vec();
                m.extend_from_slice(msg.as_bytes());
                return Err(m);
            }
        }
        if lib.functions.is_empty() {
            return Err(b"No functions registered".to_vec());
        }
        if let Some(f) = lib
            .functions
            .iter()
            .find(|f| self.index.contains_key(&fold(&f.name)))
        {
            engine.free(&lib.handles());
            let mut m = b"Function ".to_vec();
            m.extend_from_slice(c_str(&f.name));
            m.extend_from_slice(b" already exists");
            return Err(m);
        }
        Ok(lib)
    }

    /// FUNCTION DELETE: drops a library. False if there is none by that name.
    pub fn delete(&mut self, engine: &mut dyn FunctionEngine, name: &[u8]) -> bool {
        match self.unlink(name) {
            Some(lib) => {
                engine.free(&lib.handles());
                true
            }
            None => false,
        }
    }

    /// FUNCTION FLUSH: drops every library.
    pub fn flush(&mut self, engine: &mut dyn FunctionEngine) {
        let handles: Vec<u64> = self.libraries.values().flat_map(Library::handles).collect();
        self.libraries.clear();
        self.index.clear();
        if !handles.is_empty() {
            engine.free(&handles);
        }
    }

    /// Loads several library texts (e.g. from a snapshot or a DUMP payload) into a fresh
    /// registry with this one's engine list. All or nothing: on error every handle created
    /// so far is freed and the error text (after "ERR ") is returned.
    pub fn build(
        &self,
        engine: &mut dyn FunctionEngine,
        texts: &[Vec<u8>],
    ) -> Result<FunctionRegistry, Vec<u8>> {
        let mut fresh = FunctionRegistry::with_engines(&self.engines);
        for text in texts {
            if let Err(e) = fresh.create_library(engine, text, false) {
                fresh.flush(engine);
                return Err(e);
            }
        }
        Ok(fresh)
    }

    /// Replaces the whole content with `other` (the FLUSH restore policy, snapshot load),
    /// freeing the current libraries' handles.
    pub fn swap_in(&mut self, engine: &mut dyn FunctionEngine, other: FunctionRegistry) {
        self.flush(engine);
        self.libraries = other.libraries;
        self.index = other.index;
    }

    /// Redis's `libraryJoin`: moves every library of `src` into `self`. On a library-name
    /// collision fails unless `replace` (then the old library is replaced); on a function-name
    /// collision fails. On failure `self` is untouched and `src`'s handles are freed.
    pub fn join(
        &mut self,
        engine: &mut dyn FunctionEngine,
        src: FunctionRegistry,
        replace: bool,
    ) -> Result<(), Vec<u8>> {
        let mut replaced: Vec<Library> = Vec::new();
        let mut failure: Option<Vec<u8>> = None;
        for name in src.libraries.keys() {
            if self.libraries.contains_key(name) {
                if !replace {
                    let mut m = b"Library ".to_vec();
                    m.extend_from_slice(c_str(name));
                    m.extend_from_slice(b" already exists");
                    failure = Some(m);
                    break;
                }
                if let Some(old) = self.unlink(name) {
                    replaced.push(old);
                }
            }
        }
        if failure.is_none() {
            'outer: for lib in src.libraries.values() {
                for f in &lib.functions {
                    if self.index.contains_key(&fold(&f.name)) {
                        let mut m = b"Function ".to_vec();
                        m.extend_from_slice(c_str(&f.name));
                        m.extend_from_slice(b" already exists");
                        failure = Some(m);
                        break 'outer;
                    }
                }
            }
        }
        if let Some(e) = failure {
            for old in replaced {
                self.link(old);
            }
            let mut src = src;
            src.flush(engine);
            return Err(e);
        }
        for lib in src.libraries.into_values() {
            self.link(lib);
        }
        let old_handles: Vec<u64> = replaced.iter().flat_map(Library::handles).collect();
        if !old_handles.is_empty() {
            engine.free(&old_handles);
        }
        Ok(())
    }
}
