//! The theme's and the site's stylesheets read with a real CSS parser (`cssparser`, the
//! tokenizer and rule grammar of Servo and Firefox), as far as the house-style checks
//! need them: every rule's selector, the conditions it stands in (`@media`, `@supports`,
//! …) and its declarations with their line, and every place where the file cannot be read
//! as CSS. A block that is never closed is the mistake that matters most: the stylesheets
//! are joined into one file, so a missing `}` in a site's tokens swallows every rule after
//! it and the site loses its styles without a word.

use cssparser::{
    AtRuleParser, BasicParseErrorKind, CowRcStr, DeclarationParser, ParseError, ParseErrorKind, Parser, ParserInput,
    ParserState, QualifiedRuleParser, RuleBodyItemParser, RuleBodyParser, StyleSheetParser, Token,
};
use steunwijzer_core::diagnostic::Msg;
use steunwijzer_core::msg;

/// How deep blocks may nest before the rest of a block is skipped (and reported): CSS
/// nesting needs a handful; the parser recurses on depth.
const MAX_DEPTH: usize = 32;

/// A stylesheet as the checks see it.
#[derive(Debug, Default)]
pub(crate) struct Sheet {
    pub rules: Vec<Rule>,
    pub errors: Vec<CssError>,
}

/// A style rule: its selector (nested selectors joined with ` & `), the conditions of the
/// at-rules around it, and its declarations.
#[derive(Debug, Clone)]
pub(crate) struct Rule {
    pub(crate) selector: String,
    pub(crate) conditions: Vec<String>,
    pub declarations: Vec<Declaration>,
}

/// One `name: value` of a rule, where it stands (1-based line and column).
#[derive(Debug, Clone)]
pub(crate) struct Declaration {
    pub name: String,
    pub value: String,
    pub important: bool,
    pub line: usize,
    pub col: usize,
}

/// A place where the file is not CSS.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CssError {
    pub line: usize,
    pub col: usize,
    pub message: Msg,
}

/// Reads `css`.
pub(crate) fn parse(css: &str) -> Sheet {
    let mut sheet = Sheet::default();
    let mut input = ParserInput::new(css);
    let mut parser = Parser::new(&mut input);
    well_formed(&mut parser, 0, &mut sheet.errors);
    let mut input = ParserInput::new(css);
    let mut parser = Parser::new(&mut input);
    let mut top = Rules {
        sheet: &mut sheet,
        selector: String::new(),
        conditions: Vec::new(),
        depth: 0,
    };
    let errors: Vec<CssError> = StyleSheetParser::new(&mut parser, &mut top)
        .filter_map(Result::err)
        .map(|(e, _)| syntax_error(&e))
        .collect();
    sheet.errors.extend(errors);
    sheet.errors.sort_by_key(|e| (e.line, e.col));
    sheet.errors.dedup_by_key(|e| e.line);
    sheet
}

/// Blocks, comments and strings that are never closed: the CSS grammar closes them at the
/// end of the file, which is exactly how a missing `}` goes unnoticed.
fn well_formed(input: &mut Parser, depth: usize, errors: &mut Vec<CssError>) {
    loop {
        let start = input.position();
        let at = input.current_source_location();
        let Ok(token) = input.next_including_whitespace_and_comments() else {
            break;
        };
        let closer = match token {
            Token::CurlyBracketBlock => "}",
            Token::SquareBracketBlock => "]",
            Token::ParenthesisBlock | Token::Function(_) => ")",
            Token::Comment(_) => {
                if !input.slice_from(start).ends_with("*/") {
                    errors.push(error(at, msg!("comment-never-closed-with-hides-rest")));
                }
                continue;
            }
            Token::BadString(_) => {
                errors.push(error(at, msg!("quoted-text-not-closed-line")));
                continue;
            }
            Token::BadUrl(_) => {
                errors.push(error(at, msg!("url-cannot-read")));
                continue;
            }
            _ => continue,
        };
        if depth >= MAX_DEPTH {
            errors.push(error(at, msg!("blocks-are-nested-too-deep-here")));
            // The parser skips the rest of the block without recursing.
            continue;
        }
        let _ = input.parse_nested_block(|inner| {
            well_formed(inner, depth + 1, errors);
            Ok::<(), ParseError<()>>(())
        });
        if !input.slice_from(start).ends_with(closer) {
            let what = if closer == "}" {
                msg!("block-never-closed-closing-brace-missing")
            } else {
                msg!("bracket-never-closed-with", closer)
            };
            errors.push(error(at, what));
        }
    }
}

/// `css` without its comments (but `/*! … */`, which keeps a licence) and with every run
/// of white space made one space or one line break: the joined stylesheet is in every
/// page's weight, and a third of the theme's is explanation for its readers.
pub(crate) fn compact(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut input = ParserInput::new(css);
    compact_into(&mut Parser::new(&mut input), 0, &mut out);
    out
}

fn compact_into(input: &mut Parser, depth: usize, out: &mut String) {
    loop {
        let start = input.position();
        let Ok(token) = input.next_including_whitespace_and_comments() else {
            break;
        };
        let closer = match token {
            Token::WhiteSpace(space) => {
                let space = if space.contains('\n') { '\n' } else { ' ' };
                push_space(out, space);
                continue;
            }
            Token::Comment(text) if !text.starts_with('!') => {
                push_space(out, ' ');
                continue;
            }
            Token::CurlyBracketBlock => '}',
            Token::SquareBracketBlock => ']',
            Token::ParenthesisBlock | Token::Function(_) => ')',
            _ => {
                out.push_str(input.slice_from(start));
                continue;
            }
        };
        if depth >= MAX_DEPTH {
            // Too deep to walk (and reported as an error): the block as it is written.
            let _ = input.parse_nested_block(|_| Ok::<(), ParseError<()>>(()));
            out.push_str(input.slice_from(start));
            continue;
        }
        out.push_str(input.slice_from(start));
        let _ = input.parse_nested_block(|inner| {
            compact_into(inner, depth + 1, out);
            Ok::<(), ParseError<()>>(())
        });
        if input.slice_from(start).ends_with(closer) {
            out.push(closer);
        }
    }
}

/// One space or line break where the text had any run of them (a line break wins).
fn push_space(out: &mut String, space: char) {
    match out.chars().last() {
        None => {}
        Some('\n') => {}
        Some(' ') if space == '\n' => {
            out.pop();
            out.push('\n');
        }
        Some(' ') => {}
        Some(_) => out.push(space),
    }
}

fn error(at: cssparser::SourceLocation, message: Msg) -> CssError {
    CssError {
        line: at.line as usize + 1,
        col: at.column as usize,
        message,
    }
}

fn syntax_error(e: &ParseError<()>) -> CssError {
    let what = match &e.kind {
        ParseErrorKind::Basic(BasicParseErrorKind::UnexpectedToken(t)) => {
            msg!("not-expected-here", shown = shown(t))
        }
        ParseErrorKind::Basic(BasicParseErrorKind::EndOfInput) => msg!("file-ends-middle-rule"),
        ParseErrorKind::Basic(BasicParseErrorKind::QualifiedRuleInvalid) => {
            msg!("rule-has-no-block-declarations")
        }
        _ => msg!("cannot-read-as-css"),
    };
    error(e.location, what)
}

fn shown(t: &Token) -> String {
    use cssparser::ToCss;
    let text = t.to_css_string();
    text.chars().take(30).collect()
}

/// The rules of a stylesheet or of a block, within `conditions` and under `selector`.
struct Rules<'s> {
    sheet: &'s mut Sheet,
    selector: String,
    conditions: Vec<String>,
    depth: usize,
}

impl Rules<'_> {
    /// The parser of a block nested in this one.
    fn nested(&mut self, selector: String, conditions: Vec<String>) -> Rules<'_> {
        Rules {
            sheet: self.sheet,
            selector,
            conditions,
            depth: self.depth + 1,
        }
    }

    /// Reads a block's declarations and nested rules; the block's own rule is added with
    /// the declarations found.
    fn block(&mut self, input: &mut Parser) {
        let mut declarations = Vec::new();
        let items: Vec<Result<Item, _>> = RuleBodyParser::new(input, self).collect();
        for item in items {
            match item {
                Ok(Item::Declaration(d)) => declarations.push(d),
                Ok(Item::Nested) => {}
                Err((e, _)) => self.sheet.errors.push(syntax_error(&e)),
            }
        }
        if !declarations.is_empty() {
            self.sheet.rules.push(Rule {
                selector: self.selector.clone(),
                conditions: self.conditions.clone(),
                declarations,
            });
        }
    }
}

/// What a block holds: a declaration, or a nested rule (already recorded).
enum Item {
    Declaration(Declaration),
    Nested,
}

/// At-rules whose block holds rules, under a condition.
const CONDITIONAL: &[&str] = &[
    "media",
    "supports",
    "layer",
    "container",
    "scope",
    "document",
    "starting-style",
];

impl<'i> AtRuleParser<'i> for Rules<'_> {
    type Prelude = (String, String);
    type AtRule = Item;
    type Error = ();

    fn parse_prelude<'t>(
        &mut self,
        name: CowRcStr<'i>,
        input: &mut Parser<'i, 't>,
    ) -> Result<Self::Prelude, ParseError<'i, ()>> {
        let start = input.position();
        while input.next().is_ok() {}
        Ok((name.to_ascii_lowercase(), input.slice_from(start).trim().to_string()))
    }

    fn rule_without_block(&mut self, _: Self::Prelude, _: &ParserState) -> Result<Item, ()> {
        Ok(Item::Nested)
    }

    fn parse_block<'t>(
        &mut self,
        (name, prelude): Self::Prelude,
        _: &ParserState,
        input: &mut Parser<'i, 't>,
    ) -> Result<Item, ParseError<'i, ()>> {
        if self.depth < MAX_DEPTH {
            let mut conditions = self.conditions.clone();
            let selector = if CONDITIONAL.contains(&name.as_str()) {
                conditions.push(format!("@{name} {prelude}"));
                self.selector.clone()
            } else {
                // @font-face, @page, @keyframes: their declarations are no tokens.
                format!("@{name} {prelude}")
            };
            self.nested(selector, conditions).block(input);
        }
        Ok(Item::Nested)
    }
}

impl<'i> QualifiedRuleParser<'i> for Rules<'_> {
    type Prelude = String;
    type QualifiedRule = Item;
    type Error = ();

    fn parse_prelude<'t>(&mut self, input: &mut Parser<'i, 't>) -> Result<String, ParseError<'i, ()>> {
        let start = input.position();
        while input.next().is_ok() {}
        let own = input.slice_from(start).split_whitespace().collect::<Vec<_>>().join(" ");
        Ok(if self.selector.is_empty() {
            own
        } else {
            format!("{} & {own}", self.selector)
        })
    }

    fn parse_block<'t>(
        &mut self,
        selector: String,
        _: &ParserState,
        input: &mut Parser<'i, 't>,
    ) -> Result<Item, ParseError<'i, ()>> {
        if self.depth < MAX_DEPTH {
            let conditions = self.conditions.clone();
            self.nested(selector, conditions).block(input);
        }
        Ok(Item::Nested)
    }
}

impl<'i> DeclarationParser<'i> for Rules<'_> {
    type Declaration = Item;
    type Error = ();

    fn parse_value<'t>(&mut self, name: CowRcStr<'i>, input: &mut Parser<'i, 't>) -> Result<Item, ParseError<'i, ()>> {
        let at = input.current_source_location();
        let start = input.position();
        while input.next().is_ok() {}
        let text = input.slice_from(start).trim();
        let (value, important) = split_important(text);
        // The location is after the colon; the declaration starts at its name.
        let col = (at.column as usize).saturating_sub(name.chars().count() + 1).max(1);
        Ok(Item::Declaration(Declaration {
            name: name.to_string(),
            value: value.to_string(),
            important,
            line: at.line as usize + 1,
            col,
        }))
    }
}

impl<'i> RuleBodyItemParser<'i, Item, ()> for Rules<'_> {
    fn parse_declarations(&self) -> bool {
        true
    }
    fn parse_qualified(&self) -> bool {
        true
    }
}

/// A value without its `!important`, and whether it had one.
fn split_important(value: &str) -> (&str, bool) {
    let Some(bang) = value.rfind('!') else {
        return (value, false);
    };
    if value[bang + 1..].trim().eq_ignore_ascii_case("important") {
        (value[..bang].trim_end(), true)
    } else {
        (value, false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_drops_comments_and_runs_of_space_but_keeps_strings_and_licences() {
        let css = "/*! Licence: OFL */\n/* why */\n.a  {\n  content: \"/* not a comment */\";\n\n  margin: calc(1rem  +  2px) /* gap */ 0;\n}\n@media (min-width: 40em) {\n  .b { color: red }\n}\n";
        assert_eq!(
            compact(css),
            "/*! Licence: OFL */\n.a {\ncontent: \"/* not a comment */\";\nmargin: calc(1rem + 2px) 0;\n}\n@media (min-width: 40em) {\n.b { color: red }\n}\n"
        );
        // The same rules, read again.
        assert_eq!(parse(&compact(css)).rules.len(), parse(css).rules.len());
        // A block left open stays open (the check reports it; compacting does not mend it).
        assert_eq!(compact(".a { color: red"), ".a { color: red");
    }

    #[test]
    fn rules_declarations_and_their_conditions() {
        let css = "/* x */\n:root {\n  --a: #fff;\n  --b: red !important\n}\n@media (prefers-color-scheme: dark) {\n  :root { --a: #000; }\n}\n.card { .title { color: var(--a) } }\n";
        let sheet = parse(css);
        assert!(sheet.errors.is_empty(), "{:?}", sheet.errors);
        let seen: Vec<(String, Vec<String>, String, String, bool, usize)> = sheet
            .rules
            .iter()
            .flat_map(|r| {
                r.declarations.iter().map(|d| {
                    (
                        r.selector.clone(),
                        r.conditions.clone(),
                        d.name.clone(),
                        d.value.clone(),
                        d.important,
                        d.line,
                    )
                })
            })
            .collect();
        assert_eq!(
            seen,
            [
                (":root".into(), vec![], "--a".into(), "#fff".into(), false, 3),
                (":root".into(), vec![], "--b".into(), "red".into(), true, 4),
                (
                    ":root".into(),
                    vec!["@media (prefers-color-scheme: dark)".into()],
                    "--a".into(),
                    "#000".into(),
                    false,
                    7
                ),
                (
                    ".card & .title".into(),
                    vec![],
                    "color".into(),
                    "var(--a)".into(),
                    false,
                    9
                ),
            ]
        );
    }

    #[test]
    fn what_is_not_css_is_found_where_it_is() {
        let unclosed = parse(":root {\n  --sw-color-text: #fff;\n\nbody { color: red; }\n");
        assert_eq!(unclosed.errors.len(), 1, "{:?}", unclosed.errors);
        assert_eq!((unclosed.errors[0].line, unclosed.errors[0].col), (1, 7));
        assert!(
            unclosed.errors[0].message.english().contains("never closed"),
            "{:?}",
            unclosed.errors
        );
        let comment = parse("a { color: red; }\n/* open\nb { color: blue; }\n");
        assert!(
            comment.errors[0].message.english().contains("comment"),
            "{:?}",
            comment.errors
        );
        let no_colon = parse("a {\n  color red;\n}\n");
        assert_eq!(no_colon.errors.len(), 1, "{:?}", no_colon.errors);
        assert_eq!(no_colon.errors[0].line, 2);
        let deep = "a{".repeat(5_000) + &"}".repeat(5_000);
        assert!(
            parse(&deep)
                .errors
                .iter()
                .any(|e| e.message.english().contains("too deep"))
        );
    }
}
