//! Lua 5.1 `table` library: insert, remove, concat, sort (Lua 5.1's quicksort, resumable so a
//! Lua comparator can be called), getn, maxn, setn.

use gc_arena::Collect;
use piccolo::{
    BoxSequence, Callback, CallbackReturn, Context, Error, Execution, Function, Sequence,
    SequencePoll, Stack, Table, Value,
};

use super::base::{check_int, unproxy};
use crate::lua::runtime::{
    as_number, max_string_len, raw_tostring, rt_error, type_arg_error, type_name,
};

/// Largest number of element moves `insert`/`remove` may do in one call.
const MAX_SHIFT: i64 = 1 << 26;

fn table_arg<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
    fname: &str,
) -> Result<Table<'gc>, Error<'gc>> {
    match stack.get(0) {
        Value::Table(t) => Ok(unproxy(ctx, t)),
        v => Err(type_arg_error(ctx, exec, 1, fname, "table", v)),
    }
}

fn seti<'gc>(ctx: Context<'gc>, t: Table<'gc>, i: i64, v: Value<'gc>) {
    let _ = t.set_value(&ctx, Value::Integer(i), v);
}

fn geti<'gc>(t: Table<'gc>, i: i64) -> Value<'gc> {
    t.get_value(Value::Integer(i))
}

/// Installs the library into the globals.
pub fn load_table(ctx: Context<'_>) {
    let t = Table::new(&ctx);

    let _ = t.set(
        ctx,
        "getn",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let t = table_arg(ctx, &exec, &stack, "getn")?;
            stack.clear();
            stack.push_back(Value::Number(t.length() as f64));
            Ok(CallbackReturn::Return)
        }),
    );

    let _ = t.set(
        ctx,
        "setn",
        Callback::from_fn(&ctx, |ctx, exec, _| {
            Err(rt_error(ctx, &exec, "'setn' is obsolete"))
        }),
    );

    let _ = t.set(
        ctx,
        "maxn",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let t = table_arg(ctx, &exec, &stack, "maxn")?;
            let mut max = 0f64;
            for (k, _) in t.iter() {
                if let Some(n) = as_number(k) {
                    if n > max {
                        max = n;
                    }
                }
            }
            stack.clear();
            stack.push_back(Value::Number(max));
            Ok(CallbackReturn::Return)
        }),
    );

    let _ = t.set(
        ctx,
        "insert",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let t = table_arg(ctx, &exec, &stack, "insert")?;
            let mut e = t.length().saturating_add(1);
            match stack.len() {
                2 => {
                    let v = stack.get(1);
                    seti(ctx, t, e, v);
                }
                3 => {
                    let pos = check_int(ctx, &exec, stack.get(1), 2, "insert")?;
                    let v = stack.get(2);
                    if pos > e {
                        e = pos;
                    }
                    if e.saturating_sub(pos) > MAX_SHIFT {
                        return Err(rt_error(ctx, &exec, "table too large to shift"));
                    }
                    let mut i = e;
                    while i > pos {
                        let prev = geti(t, i - 1);
                        seti(ctx, t, i, prev);
                        i -= 1;
                    }
                    seti(ctx, t, pos, v);
                }
                _ => {
                    return Err(rt_error(
                        ctx,
                        &exec,
                        "wrong number of arguments to 'insert'",
                    ));
                }
            }
            stack.clear();
            Ok(CallbackReturn::Return)
        }),
    );

    let _ = t.set(
        ctx,
        "remove",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let t = table_arg(ctx, &exec, &stack, "remove")?;
            let e = t.length();
            let mut pos = match stack.get(1) {
                Value::Nil => e,
                v => check_int(ctx, &exec, v, 2, "remove")?,
            };
            stack.clear();
            if e == 0 {
                return Ok(CallbackReturn::Return);
            }
            if e.saturating_sub(pos) > MAX_SHIFT {
                return Err(rt_error(ctx, &exec, "table too large to shift"));
            }
            let r = geti(t, pos);
            while pos < e {
                let next = geti(t, pos + 1);
                seti(ctx, t, pos, next);
                pos += 1;
            }
            seti(ctx, t, e, Value::Nil);
            stack.push_back(r);
            Ok(CallbackReturn::Return)
        }),
    );

    let _ = t.set(
        ctx,
        "concat",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let t = table_arg(ctx, &exec, &stack, "concat")?;
            let sep: Vec<u8> = match stack.get(1) {
                Value::Nil => Vec::new(),
                Value::String(s) => s.as_bytes().to_vec(),
                v @ (Value::Integer(_) | Value::Number(_)) => raw_tostring(v),
                v => return Err(type_arg_error(ctx, &exec, 2, "concat", "string", v)),
            };
            let i = match stack.get(2) {
                Value::Nil => 1,
                v => check_int(ctx, &exec, v, 3, "concat")?,
            };
            let j = match stack.get(3) {
                Value::Nil => t.length(),
                v => check_int(ctx, &exec, v, 4, "concat")?,
            };
            let mut out: Vec<u8> = Vec::new();
            let mut k = i;
            while k <= j {
                let v = geti(t, k);
                match v {
                    Value::String(s) => out.extend_from_slice(s.as_bytes()),
                    Value::Integer(_) | Value::Number(_) => out.extend(raw_tostring(v)),
                    other => {
                        return Err(rt_error(
                            ctx,
                            &exec,
                            format!(
                                "invalid value ({}) at index {} in table for 'concat'",
                                type_name(other),
                                k
                            ),
                        ))
                    }
                }
                if k != j {
                    out.extend_from_slice(&sep);
                }
                if out.len() > max_string_len() {
                    return Err(rt_error(ctx, &exec, "string length overflow"));
                }
                k += 1;
            }
            stack.clear();
            stack.push_back(ctx.intern(&out).into());
            Ok(CallbackReturn::Return)
        }),
    );

    let _ = t.set(
        ctx,
        "sort",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let t = table_arg(ctx, &exec, &stack, "sort")?;
            let cmp = match stack.get(1) {
                Value::Nil => None,
                Value::Function(f) => Some(f),
                v => return Err(type_arg_error(ctx, &exec, 2, "sort", "function", v)),
            };
            let n = t.length();
            stack.clear();
            let mut sorter = Sorter::new(t, n, cmp);
            match cmp {
                None => {
                    let mut res = None;
                    loop {
                        match sorter.step(ctx, res) {
                            Step::Done => return Ok(CallbackReturn::Return),
                            Step::Invalid => {
                                return Err(rt_error(
                                    ctx,
                                    &exec,
                                    "invalid order function for sorting",
                                ))
                            }
                            Step::Compare(a, b) => match lua_lt(a, b) {
                                Ok(r) => res = Some(r),
                                Err(msg) => {
                                    return Err(Error::from_value(
                                        ctx.intern(msg.as_bytes()).into(),
                                    ))
                                }
                            },
                        }
                    }
                }
                Some(_) => Ok(CallbackReturn::Sequence(BoxSequence::new(&ctx, sorter))),
            }
        }),
    );

    let _ = ctx.globals().set(ctx, "table", t);
}

/// Lua 5.1 `<` on primitive values (numbers, strings); error text like Lua's.
pub fn lua_lt(a: Value<'_>, b: Value<'_>) -> Result<bool, String> {
    match (a, b) {
        (Value::String(x), Value::String(y)) => Ok(x.as_bytes() < y.as_bytes()),
        _ => match (as_number(a), as_number(b)) {
            (Some(x), Some(y)) => Ok(x < y),
            _ => {
                let (ta, tb) = (type_name(a), type_name(b));
                if ta == tb {
                    Err(format!("attempt to compare two {ta} values"))
                } else {
                    Err(format!("attempt to compare {ta} with {tb}"))
                }
            }
        },
    }
}

enum Step<'gc> {
    Done,
    Invalid,
    Compare(Value<'gc>, Value<'gc>),
}

#[derive(Clone, Copy, Collect)]
#[collect(require_static)]
enum State {
    /// Pop the next range.
    Next,
    /// After `a[u] < a[l]`.
    S1,
    /// After `a[i] < a[l]`.
    S2,
    /// After `a[u] < a[i]`.
    S2b,
    /// Advance i: compare `a[++i] < P`.
    S4,
    /// After `a[i] < P`.
    S5,
    /// After `P < a[j]`.
    S6,
}

#[derive(Collect)]
#[collect(no_drop)]
struct Sorter<'gc> {
    t: Table<'gc>,
    cmp: Option<Function<'gc>>,
    ranges: Vec<(i64, i64)>,
    l: i64,
    u: i64,
    i: i64,
    j: i64,
    p: Value<'gc>,
    state: State,
}

impl<'gc> Sorter<'gc> {
    fn new(t: Table<'gc>, n: i64, cmp: Option<Function<'gc>>) -> Self {
        Sorter {
            t,
            cmp,
            ranges: vec![(1, n)],
            l: 0,
            u: 0,
            i: 0,
            j: 0,
            p: Value::Nil,
            state: State::Next,
        }
    }

    fn get(&self, i: i64) -> Value<'gc> {
        geti(self.t, i)
    }

    fn swap(&self, ctx: Context<'gc>, a: i64, b: i64) {
        let va = self.get(a);
        let vb = self.get(b);
        seti(ctx, self.t, a, vb);
        seti(ctx, self.t, b, va);
    }

    /// Runs until a comparison is needed; `res` is the previous comparison's result.
    fn step(&mut self, ctx: Context<'gc>, mut res: Option<bool>) -> Step<'gc> {
        loop {
            let r = res.take().unwrap_or(false);
            match self.state {
                State::Next => {
                    let Some((l, u)) = self.ranges.pop() else {
                        return Step::Done;
                    };
                    if l >= u {
                        continue;
                    }
                    self.l = l;
                    self.u = u;
                    self.state = State::S1;
                    return Step::Compare(self.get(u), self.get(l));
                }
                State::S1 => {
                    if r {
                        self.swap(ctx, self.l, self.u);
                    }
                    if self.u - self.l == 1 {
                        self.state = State::Next;
                        continue;
                    }
                    self.i = self.l + (self.u - self.l) / 2;
                    self.state = State::S2;
                    return Step::Compare(self.get(self.i), self.get(self.l));
                }
                State::S2 => {
                    if r {
                        self.swap(ctx, self.i, self.l);
                    } else {
                        self.state = State::S2b;
                        return Step::Compare(self.get(self.u), self.get(self.i));
                    }
                    if let Some(s) = self.after_s2(ctx) {
                        return s;
                    }
                }
                State::S2b => {
                    if r {
                        self.swap(ctx, self.i, self.u);
                    }
                    if let Some(s) = self.after_s2(ctx) {
                        return s;
                    }
                }
                State::S4 => {
                    self.i += 1;
                    self.state = State::S5;
                    return Step::Compare(self.get(self.i), self.p);
                }
                State::S5 => {
                    if r {
                        if self.i > self.u {
                            return Step::Invalid;
                        }
                        self.state = State::S4;
                        continue;
                    }
                    self.j -= 1;
                    self.state = State::S6;
                    return Step::Compare(self.p, self.get(self.j));
                }
                State::S6 => {
                    if r {
                        if self.j < self.l {
                            return Step::Invalid;
                        }
                        self.j -= 1;
                        return Step::Compare(self.p, self.get(self.j));
                    }
                    if self.j < self.i {
                        // Partition done.
                        let (l, u, i) = (self.l, self.u, self.i);
                        self.swap(ctx, u - 1, i);
                        if i - l < u - i {
                            // Recurse on (l, i-1) first, then continue with (i+1, u).
                            self.ranges.push((i + 1, u));
                            self.ranges.push((l, i - 1));
                        } else {
                            self.ranges.push((l, i - 1));
                            self.ranges.push((i + 1, u));
                        }
                        self.state = State::Next;
                        continue;
                    }
                    self.swap(ctx, self.i, self.j);
                    self.state = State::S4;
                }
            }
        }
    }

    fn after_s2(&mut self, ctx: Context<'gc>) -> Option<Step<'gc>> {
        if self.u - self.l == 2 {
            self.state = State::Next;
            return None;
        }
        self.p = self.get(self.i);
        self.swap(ctx, self.i, self.u - 1);
        self.i = self.l;
        self.j = self.u - 1;
        self.state = State::S4;
        None
    }
}

impl<'gc> Sequence<'gc> for Sorter<'gc> {
    fn poll(
        &mut self,
        ctx: Context<'gc>,
        exec: Execution<'gc, '_>,
        mut stack: Stack<'gc, '_>,
    ) -> Result<SequencePoll<'gc>, Error<'gc>> {
        // First poll: stack is empty and no comparison is pending (state Next, nothing run yet).
        let res = if stack.is_empty() && matches!(self.state, State::Next) {
            None
        } else {
            Some(stack.get(0).to_bool())
        };
        stack.clear();
        match self.step(ctx, res) {
            Step::Done => Ok(SequencePoll::Return),
            Step::Invalid => Err(rt_error(ctx, &exec, "invalid order function for sorting")),
            Step::Compare(a, b) => match self.cmp {
                Some(f) => {
                    stack.push_back(a);
                    stack.push_back(b);
                    Ok(SequencePoll::Call {
                        function: f,
                        is_tail: false,
                    })
                }
                None => Ok(SequencePoll::Return),
            },
        }
    }
}
