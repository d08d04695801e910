//! The command table has one entry per name, and every entry is well-formed.

#[test]
fn command_names_are_unique() {
    let mut seen = std::collections::HashSet::new();
    let mut dups = Vec::new();
    for spec in engine::commands::table().all() {
        if !seen.insert(spec.name) {
            dups.push(spec.name);
        }
        let mut subs = std::collections::HashSet::new();
        for s in spec.subcommands {
            assert!(
                subs.insert(s.name),
                "duplicate subcommand {}|{}",
                spec.name,
                s.name
            );
        }
    }
    assert!(dups.is_empty(), "duplicate commands: {dups:?}");
}
