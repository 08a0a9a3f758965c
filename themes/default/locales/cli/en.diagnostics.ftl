# English: the messages of steunwijzer check and build (errors, warnings and hints).
# Plain words, for editors who are not programmers. Between { } is what steunwijzer fills
# in: a key, a file name, a number. The messages are grouped by the part of the program
# that makes them (## core/config/mod, …).

## core/config/help

site-yaml-names-no-crisis-numbers = site.yaml names no crisis numbers: no page shows 112, 113 or Veilig Thuis
add-crisis-list-steunwijzer-init-writes = add a `crisis:` list; `steunwijzer init` writes one to copy (docs/content.md)
crisis-number-still-filled-no-page = this crisis number is still to be filled in; no page shows it until then
write-number-when-call-remove-item = write the number and when to call it, or remove the item
crisis-number-has-no = this crisis number has no `{ $key }`
each-item-has-name-phone-when = each item has `name`, `phone` and `when` (one sentence: when to call)

## core/config/mod

not-licence-steunwijzer-knows = `{ $licence }` is not a licence steunwijzer knows
add-with-address-text-use-one = add `licence_url:` with the address of its text, or use one of { $licences }
site-yaml-missing = site.yaml is missing `{ $name }`
site-yaml-one-area = site.yaml names `{ $first }` and `{ $second }`: a site serves one municipality, one region or the country
site-yaml-one-area-hint = leave one of them out: `municipality:` for one municipality, `region:` for a region of municipalities, `country:` for the whole country
add-line = add a line `{ $name }: { $example }`
write-municipality-s-name-as-residents = write the municipality's name as residents know it, such as `municipality: Haarlem`
not-theme-name = `{ $theme }` is not a theme name
stale-after-months-must-at-least = `stale_after_months` must be at least 1
stale-after-months-hint = 12 means an entry should be checked once a year
not-image-site-s-static-folder = `{ $given }` is not an image in the site's static/ folder
put-file-svg-png-webp-jpeg = put the file (SVG, PNG, WebP or JPEG) in static/ and write its name, such as `logo: logo.svg`
language-not-supported-yet = language `{ $language }` is not supported yet
not-language-code = `{ $code }` is not a language code
write-two-letter-iso-639-1 = write the two-letter ISO 639-1 code, such as `en`, `tr`, `ar`, `pl` or `uk`
named-twice = `{ $code }` is named twice
must-from-seconds = `{ $name }` must be from { $start } to { $end } seconds
leave-out-for-default-seconds = leave it out for the default of { $default } seconds
must-from-entries = `{ $name }` must be from { $start } to { $end } entries
leave-out-for-default-entries = leave it out for the default of { $default } entries
opens-guide-once-already = `{ $slug }` opens the guide once already
name-each-page-once = name each page once
at-most-pages-can-open-printed = at most { $max_print_intro } pages can open the printed guide
choose-pages-reader-needs-first-rest = choose the pages a reader needs first; the rest is on the website
not-time-zone = `{ $time_zone }` is not a time zone
use-name-such-as-europe-amsterdam = use a name such as `Europe/Amsterdam` (the default), or leave time_zone out
site-yaml-needed = every site needs a site.yaml with at least title, municipality and base_url
theme-is-a-folder = a theme is a folder under themes/ with a lowercase name, such as `default`
use-language-nl = the default theme is written in Dutch; use `language: nl`

## core/content/files

cannot-read = cannot read: { $error }
reserved-name-windows-repository-could-not = `{ $slug }` is a reserved name on Windows: the repository could not be checked out there
rename-for-example = rename it, for example to `{ $slug }-1.md`
file-name-characters-long-at-most = this file name is { $length } characters long; at most { $max_slug } are allowed
rename = rename it to `{ $slug }.md`
file-name-cannot-used-as-address = the file name `{ $slug }.md` cannot be used as an address
rename-lowercase-letters-digits-hyphens-only = rename it to `{ $slugify }.md`: lowercase letters, digits and hyphens only

## core/content/frontmatter

missing-front-matter = missing front matter
start-file-with-line-then-key = start the file with a line `---`, then the `key: value` lines, then another `---` line
front-matter-not-closed = the front matter is not closed
add-line-before-line = add a line `---` above line { $line }, after the last `key: value` line

## core/content/lists

site-needs-docs-content-md-shows = the site needs { $rel }; docs/content.md shows its format
must-be-a-list = { $file } must be a list, not { $kind }
start-each-item-with-slug = start each item with `- slug: ...`

## core/content/mod

body-empty = the body is empty

## core/content/stray

file-not-read-name-does-not = this file is not read: its name does not end in .md
rename-to = rename it to `{ $fixed }`
ignored-not-markdown-file = ignored: not a Markdown file
only-files-ending-md-are-read = only files ending in .md are read here
did-you-mean-content = did you mean `content/{ $meant }`?
files-read-here-are = the files read here are { $known }
ignored-file-not-read = ignored: this file is not read
file-not-published-provider-files-go = this file is not published: provider files go in content/providers/, free pages in content/pages/
move = move it to `{ $folder }/{ $fixed }`

## core/diagnostic/render

more-problems-are-not-shown-fix = { $count } more problems are not shown; fix the ones above and check again

## core/formats

write-dutch-number-for-example-023 = write a Dutch number, for example 023 511 52 73, 06 12345678, +31 23 511 52 73 or 0800 1234
not-dutch-phone-number-has-digits = `{ $display }` is not a Dutch phone number (it has { $digits } digits; 10 are needed)
dutch-postcode-four-digits-two-letters = a Dutch postcode is four digits and two letters, for example 2011 AB
not-dutch-postcode = `{ $raw }` is not a Dutch postcode
write-as-name-domain-nl-without = write it as name@domain.nl, without spaces or mailto:
not-valid-e-mail-address = `{ $text }` is not a valid e-mail address
give-address-site-published-at-such = give the address the site is published at, such as https://steunwijzer.example.org/haarlem/
has-query-fragment-site-s-address = `{ $text }` has a query (?) or fragment (#); the site's address is a domain and a path only
has-port-port-number-from = `{ $text }` has the port `{ $port }`; a port is a number from 1 to 65535
write-whole-address-starting-with-https = write the whole address, starting with https://, for example https://www.voorbeeld.nl/
add-https-front = add https:// in front: `https://{ $text }{ $slash }`
not-web-address-starting-with-https = `{ $text }` is not a web address starting with https://
phone-character-not-allowed = `{ $display }` is not a phone number: `{ $char }` is not allowed
phone-foreign = `{ $display }` is a foreign number
phone-service-digits = `{ $display }` has the wrong number of digits for a { $prefix } number
postcode-letters-never-used = `{ $raw }` is not a postcode: { $letters } is never used
email-starts-with-mailto = `{ $text }` starts with mailto:
email-has-no-at = `{ $text }` is not an e-mail address: it has no @
contains-spaces-characters-not-allowed-web = `{ $text }` contains spaces or characters not allowed in a web address
does-not-have-valid-domain-name = `{ $text }` does not have a valid domain name

## core/i18n

name-catalogue-after-language-s-iso = name a catalogue after its language's ISO 639-1 code, such as en.ftl
message-given-twice = the message `{ $id }` is given twice
keep-one-two = keep one of the two
messages-are-not-translated-into-they = { $count } messages are not translated into { $language } ({ $lang }); they are shown in { $fallback }: { $ids }{ $more }
line-cannot-read-as-fluent-missing = this line cannot be read as Fluent: `=` is missing after the message's id
fluent-missing-char = this line cannot be read as Fluent: `{ $char }` is missing here
message-has-no-text = the message `{ $entry_id }` has no text
choice-has-no-default-mark-one = this choice has no default: mark one variant with `*`, such as `*[other]`
choice-has-more-than-one-default = this choice has more than one default (`*`)
text-quotes-never-closed = a text in quotes is never closed
closing-brace-without-opening-brace = a closing brace without its opening brace
line-cannot-read-as-fluent = this line cannot be read as Fluent: { $other }
write-each-message-as-id-text = write each message as `id = text`; see docs/translation.md

## core/markdown

images-are-not-shown-only-description = images are not shown; only the description is (`{ $dest_url }`)
describe-what-picture-shows-words = describe what the picture shows in words
text-holds-invisible-character-written-as = this text holds an invisible character ({ $char_name }), written as a code such as `&#x202e;`, that can hide or reverse text
remove-code-that-starts-with-backslash = remove the code that starts with `&#` or the backslash escape
quotes-lists-are-nested-more-than = quotes and lists are nested more than { $max_nesting } levels deep here
page-needs-two-three-levels-check = a page needs two or three levels; check the `>` and `-` at the start of these lines
html-text-shown-as-plain-text = HTML in the text is shown as plain text
use-markdown-instead-bold-link-https = use Markdown instead: **bold**, [link](https://...), - list item
link-points-page-that-does-not = the link `{ $dest_url }` points to a page that does not exist
link-pages-site-as-aanbieders-slug = link to pages of this site as /aanbieders/<slug>/, /levensgebieden/<slug>/ or /<page>/
link-was-removed-only-web-e = the link `{ $dest_url }` was removed: only web, e-mail and phone links and links to pages of this site are allowed
start-link-with-https-mailto-tel = start the link with https://, mailto: or tel:, or link to a page of this site as /aanbieders/<slug>/

## core/source

cannot-read-file = cannot read file: { $error }
file-larger-than-kb-most-content = this file is larger than { $max } KB, the most a content file may be
provider-page-needs-few-kb-remove = a provider page needs a few KB; remove what does not belong, or split the text
base-url-placeholder = `base_url` is still on the example address `{ $host }`
base-url-placeholder-hint = put the address the site will have in site.yaml, such as https://steunwijzer.yourtown.nl/: otherwise the sitemap, the open data and every QR code of the printed guide point nowhere
file-is-word-document = this is a word processor file ({ $kind }) with another name, not plain text
save-as-plain-text = open it in Word and choose "Save as" → "Plain text (.txt)" with UTF-8 encoding, then give it the .md name; or start again from an existing .md file
file-not-valid-utf-8-text = this file is not valid UTF-8 text
save-file-as-utf-8-most = save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8)
line-holds-invisible-character-that-can = this line holds an invisible character ({ $char_name }) that can hide or reverse text
delete-retype-text-around-paste-as = delete it: retype the text around it, or paste it as plain text
symbolic-link-links-are-not-followed = this is a symbolic link; links are not followed
put-file-folder-itself-here-instead = put the file or folder itself here instead of a link

## core/suggest

put-comma-between-items = put a comma between the items: `{ $words }`
did-you-mean-under = did you mean `{ $key }` under `{ $parent }:`? (`{ $meant }`)
did-you-mean = did you mean `{ $meant }`?
choose-from = choose from: { $list }
choose-one-of = choose one of: { $list }
allowed-keys-here = allowed keys here: { $list }
the-providers-are = the providers are: { $list }
the-free-pages-are = the free pages are: { $list }

## core/text
name-is-empty = it is empty

## core/translations

translation-has-no-field = a translation has no field `{ $field }`
translate = translate { $known }
translation-into-has-no = the translation into `{ $lang }` has no `{ $field }`
write-that-language-under-remove-translation = write `{ $field }:` in that language under it, or remove the translation
translate-into-languages-languages-ui-site = translate into the languages of `languages_ui` in site.yaml
translation-not-interface-language = the translation into `{ $lang }` is not shown: it is not one of the interface languages
translation-same-language = the translation into `{ $lang }` is not shown: the text itself is in that language

## core/validate/body

every-file-name-must-unique-also = every file name must be unique, also across subfolders; rename one of them
has-no-value = `{ $name }` has no value
missing-required-key = missing required key `{ $name }`
add-line-front-matter = add a line `{ $name }: { $example }` to the front matter
write-name-as-residents-know-one = write the name as residents know it, on one line, in any script
text-below-front-matter-empty = the text below the front matter is empty
write-below-closing-what-offered-how = write below the closing `---` what is offered and how it works, in plain language (B1)
duplicate-provider-slug = duplicate provider slug `{ $slug }`: { $first } has it too
duplicate-page-slug = duplicate page slug `{ $slug }`: { $first } has it too

## core/validate/fields

write-lowercase = write it in lowercase: `{ $lower }`
use-two-letter-iso-639-1 = use a two-letter ISO 639-1 code, for example nl, en, tr, ar, pl
starts-with-http-browsers-tell-residents = `{ $url }` starts with http://: browsers tell residents this site is not secure
if-site-opens-as-write-that = if the site opens as `{ $secure }`, write that
days-empty = `days` is empty
for-example-days-monday-wednesday = for example `days: [monday, wednesday]`
listed-twice = `{ $slug }` is listed twice
remove-one = remove one
unknown-neighbourhood = { $places ->
        [nested] unknown place
       *[other] unknown neighbourhood
    } `{ $slug }`
part-of-unknown = `part_of: { $parent }` is not another place of this list
part-of-circle = these places lie in each other, in a circle: { $path }
part-of-circle-hint = a place lies in one bigger place; remove one `part_of`
item-is-empty = item { $number } of `{ $field }` is empty
remove-the-empty-item = remove the empty item
use-the-two-letter-code = use the two-letter code `{ $code }`
address-part-empty = `contact.address.{ $key }` is empty
fill-in-or-remove-address = fill it in or remove the address
opening-hours-neither = `opening_hours` has neither `hours` nor a `note`
opening-hours-neither-hint = add `hours:` with days and times, or a `note:` such as "Alleen op afspraak"
closes-before-opens = closing time { $closes } is not after opening time { $opens }
closes-before-opens-hint = use a 24-hour clock, for example opens: "13:00", closes: "17:00"

## core/validate/lists

combine-items-list-fewer = combine items, or list fewer
item-has-no = item { $number } has no `{ $key }`
add-item = add `{ $key }: ...` to this item
slug-used-twice = the slug `{ $slug }` is used twice
every-slug-must-unique = every slug must be unique
what-life-domains = life domains
what-neighbourhoods = neighbourhoods
more-than-the-search-filters = there are more than { $max } { $what }; the search can filter on at most { $max }
not-a-valid-slug = `{ $slug }` is not a valid slug
slug-hint = use lowercase letters, digits and hyphens, for example `{ $example }`
no-life-domains = there are no life domains
list-the-life-domains = list the nine life domains, each with slug, name and description

## core/validate/mod

also-name-residents-cannot-tell-two = `{ $name }` is also the name of { $earlier }: residents cannot tell the two apart
if-they-are-one-provider-keep = if they are one provider, keep one file; if not, add what sets them apart to the name, such as the neighbourhood
site-has-more-than-earlier-addresses = the site has more than { $max_aliases } earlier addresses here
remove-earlier-addresses-nobody-uses-any = remove earlier addresses nobody uses any more (a year after a change is enough)
address-taken-has = the address `{ $alias }` is taken: { $other } has it
old-address-can-lead-one-page = an old address can lead to one page only; remove it here or there
there-no-accessibility-statement-public-bodies = there is no accessibility statement: public bodies must publish one
there-no-privacy-page-residents-should = there is no privacy page: residents should read what the site does with their data
steunwijzer-init-writes-one-start-from = `steunwijzer init` writes one to start from; copy it from a new site and fill it in
page-still-has-part-fill = this page still has a part to fill in
write-text-for-your-municipality-place = write the text for your municipality in place of the [VUL IN: …] part
front-door-not-provider-so-no = `{ $slug }` in `front_door` is not a provider, so no page names it
front-door-has-no-phone-number = `{ $slug }` in `front_door` has no phone number, so nobody can call it
choose-general-client-supporter-residents-can = choose a general client supporter residents can call
there-no-free-page = there is no free page `{ $slug }`

## core/validate/page

cannot-name-page-site-uses-that = `{ $slug }` cannot be the name of a page: the site uses that address itself
rename-file = rename the file
cannot-name-page-language-code-address = `{ $slug }` cannot be the name of a page: it is a language code, the address of the pages in that language

## core/validate/printable

printed-guide-has-no-letter-for = the printed guide has no letter for `{ $char }` (U+{ $code }) in { $key }
guide-s-fonts-have-latin-greek = the guide's fonts have Latin, Greek, Cyrillic, Arabic, Hebrew, Ethiopic, Indian, Thai, Chinese, Japanese and Korean letters; write it another way (an emoji as a word), or turn the printed guide off in site.yaml (print, enabled: false)
page-opens-printed-guide-from-here = this page opens the printed guide, and from here the intro pages are longer than the guide takes: at most { $max_intro_blocks } headings, paragraphs and list items, and { $max_intro_chars } characters in all
shorten-page-choose-shorter-intro-pages = shorten the page, or choose shorter intro pages in site.yaml (print, intro)
in-key = `{ $key }`
this-intro-page = this intro page

## core/validate/provider

has-no-phone-e-mail-website = { $name } has no phone, e-mail, website or address
add-at-least-one-way-reach = add at least one way to reach them under `contact:`
add-kind-with-one-organisation-volunteer = add `kind:` with one of organisation, volunteer-organisation, self-employed, union, interest-group
translation-into-has-no-summary = the translation into `{ $lang }` has no `summary`
write-summary-that-language-under-remove = write `summary:` in that language under it, or remove the translation
provider-may-have-at-most-earlier = a provider may have at most { $most } earlier addresses; this is number { $number }
keep-addresses-people-may-still-have = keep the addresses people may still have; remove the oldest
not-address = `{ $alias }` is not an address
write-old-file-name-without-md = write the old file name without .md, such as `{ $slug }`
provider-s-own-address = `{ $alias }` is this provider's own address
list-only-addresses-provider-had-before = list only addresses the provider had before
summary-characters-long-at-most-are = the summary is { $count } characters long; at most { $summary_max_chars } are allowed
keep-one-short-sentence-put-rest = keep it to one short sentence; put the rest in the text below the front matter
add-for-example-choose-from = add for example `life_domains: [wonen]`; choose from: { $domains }
life-domains-empty = `life_domains` is empty
name-at-least-one = name at least one of: { $domains }
add-after-checking-information-with-provider = add `last_reviewed: { $today }` after checking the information with the provider
check-information-with-provider-update-last = check the information with the provider and update `last_reviewed`
complaints-empty = `complaints` is empty
not-listed-only-free-support-listed = { $name } is not listed: only free support is listed
set-free-true-if-support-costs = set `free: true` if the support costs the resident nothing
reviewed-in-the-future = `last_reviewed` is { $date }, which is in the future
reviewed-today-at-the-latest = use the date the information was last checked, today at the latest ({ $today })
reviewed-too-early = `last_reviewed` is { $date }; a review date before { $earliest } cannot be right
reviewed-for-example = use the date the information was last checked, for example { $today }
reviewed-long-ago = last reviewed on { $date }, more than { $months } months ago
complaints-hint = give the web address or a short description of the complaint procedure, or remove the key
not-independent = { $name } is not listed: the pool is for supporters outside the neighbourhood teams
not-independent-hint = remove the file, or set `independent: true` if they are not part of a neighbourhood team

## core/validate/published

more-published-addresses-are-gone = and { $more } more published addresses are gone
published-address-gone-no-provider-has = the published address { $address } is gone: no provider has it now
if-provider-has-new-file-name = if the provider has a new file name, add `aliases: [{ $slug }]` to that file; if it stopped, this goes away after the next publication

## core/validate/situations

no-provider-fits-situation-names-none = no provider fits this situation: it names none
add-providers-file-names-life-domains = add `providers: [...]` (file names), `life_domains: [...]` or `kinds: [...]`
there-are-more-than-situations-site = there are more than { $max_situations } situations; a site may have at most { $max_situations }
combine-situations-list-fewer = combine situations, or list fewer
not-provider-so-page-leaves-out = `{ $slug }` is not a provider, so this page leaves it out

## core/validate/vocabulary

already-has-own-term-line = `{ $word }` already has its own term (line { $line })
put-each-word-one-own-term = put each word in one `own_term` list
item-has-no-words = this item has no `words`
list-residents-words-for-example-words = list the residents' words, for example `words: [geldzorgen, geldproblemen]`
these-words-find-nothing-item-has = these words find nothing: the item has no target
add-means-with-directory-s-words = add `means: [...]` with the directory's words, or `life_domains: [...]`
unknown-life-domain = unknown life domain `{ $slug }`
entry-empty-more-than-one-line = an entry of `{ $key }` is empty or more than one line
write-one-word-phrase-per-entry = write one word or phrase per entry
not-one-word = `{ $word }` is not one word
own-term-takes-single-words-letters = `own_term` takes single words of letters and digits (at most 40 bytes), like `[ouderen, oudere]`

## core/yaml/errors

missing-key = `{ $parent }` is missing the key `{ $field }`
add-under = add `{ $field }: ...` under it
must-but = `{ $shown }` must be { $expected }, but it is { $found }
unknown-key = unknown key `{ $field }`
not-valid-value-for = `{ $variant }` is not a valid value for `{ $key }`
must-whole-number-more-not = `{ $shown }` must be a whole number of 0 or more, not { $number }
which-far-too-large = `{ $shown }` is { $number }, which is far too large
give-whole-number-such-as-12 = give a whole number such as 12
write-true-false = write `true` or `false`
write-list-for-example-wonen-werk = write a list, for example `[wonen, werk]`, or one `- item` per line
put-value-between-quotes-for-example = put the value between quotes, for example "023 123 45 67"
write-key-value-pairs-lines-below = write `key: value` pairs on the lines below it, indented
missing-key-at-the-top = the key `{ $field }` is missing at the top of the file
unknown-key-in = unknown key `{ $field }` in `{ $parent }`
value-of-key = `{ $key }`: { $problem }
cannot-be = `{ $shown }` cannot be { $number }
give-type = give { $expected }
type-the-text = the text { $value }
type-the-number = the number { $value }
type-plain = { $value }
type-whole-number = a whole number
type-text = text
type-true-or-false = true or false
type-a-list = a list
type-empty = empty
type-a-group = a group of `key: value` lines
kind-a-number = a number
kind-key-value-pairs = a list of key: value pairs
kind-tagged = a tagged value

## core/yaml/mod

lists-keys-are-nested-more-than = lists and keys are nested more than { $max_depth } levels deep here
format-needs-at-most-three-levels = the format needs at most three levels; check the indentation of this line
file-holds-more-than-values = the file holds more than { $max_nodes } values
split-list-remove-repeated-values = split the list or remove repeated values
key-appears-twice = the key `{ $key }` appears twice
keep-one-them-key-can-only = keep one of them; a key can only be given once
value-holds-invisible-character-written-as = this value holds an invisible character ({ $char_name }), written as an escape such as `\u202e`, that can hide or reverse text
remove-escape-that-starts-with-backslash = remove the escape that starts with a backslash
yaml-kb-at-most-kb-read = this YAML is { $size } KB; at most { $max } KB is read
split-file-remove-text-that-does = split the file, or remove text that does not belong in it
line-characters-long-at-most-are = this line is { $count } characters long; at most { $max_line } are allowed
put-long-text-markdown-below-front = put a long text in the Markdown below the front matter, or shorten it
must-be-key-value-pairs = { $what } must be a list of `key: value` pairs, not { $kind }
one-pair-per-line = write one `key: value` pair per line
what-the-front-matter = the front matter
what-a-list-item = a list item
what-site-yaml = site.yaml
yaml-cannot-start-token = YAML syntax error: found character that cannot start any token
yaml-mapping-not-allowed = YAML syntax error: mapping values are not allowed in this context
yaml-repetition-limit = YAML syntax error: repetition limit exceeded
yaml-expected-key = YAML syntax error: did not find expected key
yaml-expected-dash = YAML syntax error: did not find expected '-' indicator
yaml-expected-colon = YAML syntax error: could not find expected ':'
check-indentation-that-every-key-value = check the indentation and that every `key: value` pair is on its own line; put text with special characters between quotes
key-is-empty = `{ $name }` is empty
end-text-with-same-quote-mark = end the text with the same quote mark on the same line, or remove the opening quote
quote-open-on-line-hint = end the text with the same quote mark on this line; the lines below were read as part of it
for-example = for example `{ $name }: { $example }`
check-the-brackets = the format needs at most three levels; check the brackets
indent-with-spaces-yaml-does-not = indent with spaces: YAML does not allow tabs there
value-in-smart-quotes = this text is between curly quotes “…”, as Word writes them: they would be shown on the site
use-straight-quotes = replace them with straight quotes "…", or leave them out
line-indented-with-tab = this line is indented with a tab
must-one-line = `{ $name }` must be one line
quote-never-closed = this quote is never closed
quote-not-closed-line = this quote is not closed on its line
use-spaces-not-tabs-indent-text = use spaces, not tabs, to indent; text that starts with a special character (such as @, ` or %) needs quotes
value-that-contains-needs-quotes-around = a value that contains ": " needs quotes around it, for example summary: "Hulp bij: geld"
write-one-line-without-longer-text = write `{ $name }` on one line, without `|` or `>`; longer text belongs below the front matter
yaml-syntax-error = YAML syntax error: { $message }

## output/guard

choose-output-folder-outside-sources-such = choose an output folder outside the sources, such as public/
choose-path-that-does-not-exist = choose a path that does not exist yet
give-folder-link-points-new-folder = give the folder the link points to, or a new folder
steunwijzer-only-replaces-what-made-itself = steunwijzer only replaces what it made itself; move it away or choose a new name
look-whether-holds-anything-yours-then = look whether it holds anything of yours, then delete the folder once; later builds list their files and replace it themselves
target-contains-site = this folder contains the site itself; nothing was written
target-is-source = this is part of the site's sources ({ $source }); nothing was written
target-is-a-file = this is a file, not a folder; nothing was written
target-is-a-folder = this is a folder, not a file; nothing was written
target-is-a-link = this is a symbolic link; nothing was written
target-not-ours = this exists and was not made by steunwijzer; nothing was written
target-holds-files = this holds { $count } files steunwijzer did not make; nothing was written
target-unlisted = this folder says an earlier version of steunwijzer made it, but does not list what it wrote; nothing was written

## print/typeset

cannot-prepare-guide = cannot prepare the guide: { $error }
layout-guide-stopped-unexpectedly = the layout of the guide stopped unexpectedly
not-valid-file-name = { $main } is not a valid file name
fix-print-template-remove-site-s = fix the print template, or remove the site's override of it to use the theme's version
print-template-error = print template error; typst says: { $message }
print-ua-no-title = the print template gives the document no title, and an accessible PDF (PDF/UA) must have one: put `#set document(title: [...])` at the top
print-ua-no-language = the print template gives the document no language, and an accessible PDF (PDF/UA) must have one: put `#set text(lang: "en")` at the top
print-ua-no-alt-text = an image in the guide has no description (alt text), and an accessible PDF (PDF/UA) must have one
print-ua-letters = the text `{ $text }` cannot be printed with the guide's letters
print-ua-other = the guide is not an accessible PDF (PDF/UA); typst says: { $message }

## render/contrast

correct-css-here-until-then-browser = correct the CSS here; until then the browser would skip or swallow the rules around it
colour-cannot-measured-so-contrast-cannot = the colour `{ $value }` of `{ $prefix }{ $name }` cannot be measured, so its contrast cannot be checked
write-as-rrggbb-rgb-hsl-oklch = write it as #rrggbb, rgb(…), hsl(…), oklch(…) or a colour name
set-colour-for-dark-mode-too = set a colour for dark mode too: `@media (prefers-color-scheme: dark) {"{"} :root {"{"} { $prefix }{ $change }: …; {"}"} {"}"}`
choose-darker-lighter = choose a darker or lighter `{ $prefix }{ $change }`
choose-colours-for-rule-tokens-uses = choose colours for this rule (or the tokens it uses) that stand apart in both schemes
scheme-light = the light scheme
scheme-dark = the dark scheme
contrast-text-needs = text needs at least 4.5:1
contrast-border-needs = a border needs at least 3:1
contrast-low = in { $scheme }, `{ $fg }` ({ $fg_value }) on `{ $bg }` ({ $bg_value }) has a contrast of { $ratio }:1; { $least } (WCAG AA)
contrast-low-rule = in { $scheme }, `{ $selector }` has text `{ $fg }` on `{ $bg }`: a contrast of { $ratio }:1; text needs at least 4.5:1 (WCAG AA)

## render/css

comment-never-closed-with-hides-rest = this comment is never closed with `*/`: it hides the rest of the file
quoted-text-not-closed-line = this quoted text is not closed on its line
url-cannot-read = this url(…) cannot be read
blocks-are-nested-too-deep-here = blocks are nested too deep here
block-never-closed-closing-brace-missing = this block is never closed: its closing brace is missing, so everything after it would belong to this rule
bracket-never-closed-with = this bracket is never closed with `{ $closer }`
not-expected-here = `{ $shown }` is not expected here
file-ends-middle-rule = the file ends in the middle of a rule
rule-has-no-block-declarations = this rule has no block of declarations
cannot-read-as-css = this cannot be read as CSS

## render/messages

catalogue-not-utf-8-text = this catalogue is not UTF-8 text
save-as-utf-8-text = save it as UTF-8 text
there-no-message-catalogue-for-site = there is no message catalogue for the site's language `{ $fallback }`
there-are-no-messages-no-catalogue = there are no messages in { $name_or_code } (`{ $lang }`): no catalogue locales/{ $lang }.ftl
add-catalogue-site-s-locales-folder = add the catalogue to the site's locales/ folder (see docs/translation.md), or leave the language out

## render/printer

steunwijzer-was-built-without-printing-cargo = this steunwijzer was built without printing (cargo feature `print`): the site is made without the printed guide
use-steunwijzer-built-with-default-features = use a steunwijzer built with its default features, or set `enabled: false` under `print:` in site.yaml

## render/templates

template-error = template error: { $message }
template-not-utf-8 = the template is not UTF-8 text
template-error-hint = fix the template, or remove the site's override of it to use the theme's version

## render/theme

themes-there-are-make-folder = the themes there are: { $themes }; or make the folder { $dir }
there-no-theme = there is no theme `{ $name }`
name-differs-from-only-capitals-windows = this name differs from { $other } only in capitals; on Windows and macOS they are one file
rename-one-them = rename one of them
file-larger-than-mb-most-theme = this file is larger than { $max } MB, the most a theme file may be
make-image-smaller-logo-needs-few = make the image smaller (a logo needs a few KB), or link to a large document elsewhere

## search/vocabulary

no-listed-provider-s-text-so = `{ $phrase }` is in no listed provider's text, so these words find nothing through it
use-word-providers-use-life-domain = use a word the providers use, or a life domain: `life_domains: [...]`

## src/import/map

not-hsds-service-so-was-left = this is not an HSDS service, so it was left out
each-record-list-must-service-with = each record of the list must be a service, with a name
invisible-characters-that-can-hide-reverse = "{ $name }": invisible characters that can hide or reverse text were left out of { $fields }
compare-text-with-other-system-s = compare the text with the other system's; nothing visible was lost
check-kind-file = check `kind:` in the file
add-life-domains-file = add `life_domains:` to the file
give-service-name-other-system-export = give the service a name in the other system and export again
record-has-no-name-so-was = a record has no name, so it was left out
only-active-services-are-imported = only active services are imported
write-summary-file-one-sentence-about = write `summary:` in the file: one sentence about what the provider does
check-summary-file = check `summary:` in the file
add-what-means-file-by-hand = add what it means to the file by hand if it matters
see-accessibility-docs-content-md = see `accessibility:` in docs/content.md
add-content-neighbourhoods-yaml-leave-neighbourhoods = add the place to content/neighbourhoods.yaml (with `part_of:` for the wijk or town it lies in), or correct `neighbourhoods:` in the file
add-two-letter-code-languages-by = add the two-letter code to `languages:` by hand
write-under-contact-phone-by-hand = write it under `contact: phone:` by hand
choose-number-residents-should-call = choose the number residents should call
check-with-provider = check it with the provider
choose-address-residents-can-visit = choose the address residents can visit
write-under-contact-address-by-hand = write it under `contact: address:` by hand
add-as-opening-hours-note-by = add it as `opening_hours: note:` by hand
only-free-support-listed-set-free = only free support is listed; set `free: true` if it is free for residents
check-with-provider-then-set-free = check with the provider, then set `free: true`
check-information-with-provider-then-set = check the information with the provider, then set `last_reviewed:`
add-text-by-hand-if-residents = add it to the text by hand if residents need it
use-name-residents-know-name = use the name residents know in `name:`
import-record = "{ $name }": { $message }
import-term = the taxonomy term `{ $term }` was not imported: nothing on this site matches it
import-term-of = the taxonomy term `{ $term }` of `{ $taxonomy }` was not imported: nothing on this site matches it
import-accessibility = the accessibility `{ $shown }` was not imported: it is not one of the features steunwijzer knows
import-service-area = the service area `{ $name }` is not a place of this site: it is written as `{ $slug }` under `neighbourhoods:`, so `check` asks for it
import-language = the language `{ $shown }` was not imported: it has no ISO 639-1 code steunwijzer knows
import-phone = the phone number `{ $number }` was not imported: it is not a Dutch phone number
import-second-phone = a second phone number was not imported: a provider file has one
import-email = the e-mail address `{ $email }` was not imported: it is not a valid address
import-website = the website `{ $site }` was not imported: it is not a valid web address
import-second-address = a second address was not imported: a provider file has one
import-address = the address `{ $address }` was not imported: it needs a street, a Dutch postcode and a city
import-schedule = schedule { $number } ({ $description }) was not imported: only weekly opening hours with times can be shown
import-no-description = no description
import-one-per-place = is offered at { $count } places ({ $places }): one provider file was made for each place, each with that place's address, opening hours and accessibility
import-one-per-place-hint = check the names; a resident then chooses the place nearby
import-too-many-places = only the first { $max } places were imported
import-schedule-later = schedule { $number } ({ $description }) was not imported: it only holds from { $from }
import-schedule-later-hint = add it under `opening_hours:` by hand when it starts
import-schedule-ended = schedule { $number } ({ $description }) was not imported: it held until { $to }
import-schedule-ended-hint = ask the provider for the current hours
import-schedule-until = schedule { $number } ({ $description }) only holds until { $to }
import-schedule-until-hint = the site shows it as regular hours; change `opening_hours:` when it ends
import-no-field = `{ $key }` was not imported: a provider file has no field for it
import-organization-name = the organization's name `{ $name }` was not imported: the file has the service's name
import-no-kind = no kind of provider is given; it is set to `organisation`
import-no-life-domain = no life domain of this site matches its taxonomy terms
import-no-description-for-summary = there is no description to make a summary of
import-summary-cut = the summary was cut to { $max } characters
import-free-with-condition = `free: true` is not filled in: the record says "{ $said }", and `{ $word }` makes it free under a condition
import-neighbourhood-team = imported as `independent: false` (not in the guide): `{ $name }` is a { $team }, and the guide is for independent support
import-neighbourhood-team-hint = if it is independent of the municipality after all, set `independent: true` once you have checked with the provider
import-map-not-readable = this is not a map of terms steunwijzer can read
import-map-shape = write `terms:` with `- term: <code or name>` items and `life_domains: [...]`, `kind:`, `contact_modes:` or `accessibility:`; see docs/examples/airs-211-map.yaml
import-not-free-cost = `free: true` was not set: the record names a cost
import-not-free-unsaid = `free: true` was not set: the record does not say it is free
import-reviewed-is-changed = `last_reviewed` is the date the record was last changed
import-no-review-date = the record has no date of its last check
import-status = the status is `{ $status }`, so it was left out

## src/import/read

folder-has-no-json-files = this folder has no .json files
give-hsds-export-s-json-file = give the HSDS export's JSON file, or the folder that holds its .json files
not-hsds-3-0-json-expected = not HSDS 3.0 JSON: expected a service, a list of services or a page with `contents`
export-services-from-other-system-as = export the services from the other system as HSDS 3.0 compiled JSON (the API's /services?full=true)
file-larger-than-mb-reading-stopped = this file is larger than { $max } MB; reading stopped after { $records } records
split-export-into-several-files-one = split the export into several files in one folder
record-that-starts-line-larger-than = the record that starts on line { $line } is larger than { $max } MB, more than a provider file may be; reading stopped after { $records } records
leave-record-out-export-shorten-texts = leave this record out of the export, or shorten its texts
check-that-file-not-device-folder = check that this is a file, not a device or a folder
not-json = this is not JSON: { $error }
hsds-3-0-exports-are-json = HSDS 3.0 exports are JSON files; a tabular export (CSV files) cannot be imported

## src/import/write

already-exists-so-was-not-written = "{ $name }": { $path } already exists, so it was not written
existing-file-never-overwritten-move-away = an existing file is never overwritten; move it away to import this record again
would-larger-than-provider-file-may = "{ $name }": { $path } would be larger than a provider file may be, so it was not written
provider-page-needs-few-kb-shorten = a provider page needs a few KB; shorten the record's texts in the other system
cannot-written = "{ $name }": { $path } cannot be written: { $error }

## src/pipeline

sitemap-larger-than-mb-only-first = this sitemap is larger than { $max } MB; only the first { $max } MB were read

## core/diagnostic/words

verbatim = { $text }

## core/date

date-not-written-as-yyyy-mm-dd = `{ $text }` is not a date written as YYYY-MM-DD
date-write-it-as = write it as { $date } (year-month-day)
date-not-a-date = `{ $text }` is not a date
date-no-such-month = `{ $text }` is not a valid date: there is no month { $month }
date-no-such-day = `{ $text }` is not a valid date: month { $month } of { $year } has no day { $day }
time-not-written-as-hh-mm = `{ $text }` is not a time written as HH:MM
time-hint = write it with a colon and two digits for the minutes, between quotes, for example "09:00" or "13:30"
time-not-a-time-of-day = `{ $text }` is not a time of day
date-long = { $day } { $month } { $year }
type-a-date = a date written as YYYY-MM-DD, for example 2025-03-01
type-a-time = a time written as "HH:MM", for example "09:00"

## core/text

name-has-lines = it is more than one line
name-has-hidden = it holds an invisible character ({ $char })
name-too-long = it is { $count } characters long; at most { $max } are allowed
name-has-no-letter = it has no letter or digit
cannot-be-a-name = `{ $key }` cannot be a name: { $problem }

## render/lib

cannot-make-offline-copy = cannot make the offline copy: { $error }
put-logo-site-s-static-folder = put the logo in the site's static/ folder, or correct its name
there-no-file-static = there is no file static/{ $logo }

## output/lib

cannot-write-file-nothing-was-replaced = cannot write the file: { $error }; nothing was replaced
cannot-write-site-nothing-was-replaced = cannot write the site: { $error }; nothing was replaced
file-was-changed-after-steunwijzer-made = this file was changed after steunwijzer made it, and the build would replace it; nothing was written
make-change-site-s-sources-content = make the change in the site's sources (content/, templates/ or static/), then delete this file
more-files-that-steunwijzer-did-not = and { $count } more files that steunwijzer did not make; nothing was written
move-out = move it out of { $shown_dir }
publish-with-every-build-move-otherwise = to publish it with every build, move it to static/{ $rel }; otherwise move it out of { $shown_dir }
steunwijzer-did-not-make-file-build = steunwijzer did not make this file, and the build would remove it; nothing was written
steunwijzer-did-not-make-link-build = steunwijzer did not make this link, and the build would remove it; nothing was written
cannot-create-index-folder = cannot create the search index folder: { $error }; nothing was replaced
cannot-put-index-in-place = cannot put the new search index in place: { $error }; nothing was replaced
previous-not-removed = the new version is in place, but the previous one could not be removed: { $error }
cannot-put-site-in-place = cannot put the new site in place: { $error }; nothing was replaced
site-and-index-differ = cannot put the new site in place: { $error }; the search index in { $index } is new, but could not be put back ({ $undo }), so the site and its index are from different builds
fix-the-cause-and-build-again = fix the cause and build again

## render/svg

save-image-again-as-plain-svg = save the image again as plain SVG (in Inkscape: Save as → Optimized SVG) or as PNG, without scripts, links or embedded content
svg-animates-which-can-turn-link = this SVG animates `{ $target }`, which can turn a link or handler into code
svg-cannot-read-as-xml = this SVG cannot be read as XML
svg-declares-entities-which-can-hide = this SVG declares entities, which can hide content or grow without end
svg-has-event-handler-which-runs = this SVG has an event handler ({ $local }=…), which runs code when the image is opened
svg-holds-element-which-can-run = this SVG holds a <{ $name }> element, which can run code when the image is opened
svg-loads-style-sheet-from-elsewhere = this SVG loads a style sheet from elsewhere (xml-stylesheet)
svg-not-utf-8-text = this SVG is not UTF-8 text
svg-refers-something-outside-file-which = this SVG refers to something outside the file ({ $target }), which the image would load or open
svg-s-style-loads-something-from = this SVG's style loads something from outside the file (url or @import)

## render/review

theme-has-no-report-template = the theme has no report.html template
template-error-in = { $file }: { $error }

## search/lib

cannot-build-index = cannot build the search index: { $error }
cannot-write-index = cannot write the search index: { $error }

## What the operating system or the JSON reader said, in our words (`$error` of the messages above)
os-not-found = the file or folder does not exist
os-permission-denied = permission denied
os-already-exists = it already exists
os-is-a-directory = this is a folder, not a file
os-not-a-directory = a part of the path is not a folder
os-directory-not-empty = the folder is not empty
os-storage-full = the disk is full
os-read-only = the disk is read-only
os-file-too-large = the file is too large for this disk
os-invalid-data = the contents cannot be read
os-invalid-filename = the name is not possible on this disk
os-crosses-devices = it cannot move from one disk to another
os-address-in-use = that port is already in use
os-address-not-available = that address is not available on this computer
os-timed-out = it took too long
os-unexpected-end = the file ends too early
os-out-of-memory = there is not enough memory
os-folder-loop = the folder contains itself (a link to a folder above it)
xml-not-valid = this is not valid XML
os-interrupted = it was interrupted
os-other-code = error code { $code } of the operating system
os-other = an unknown error of the operating system
json-cannot-read = reading failed
json-syntax = something here is not possible in JSON
json-wrong-kind = a value does not have the form expected here
json-ends-early = the JSON ends too early
index-files-unusable = the index's files cannot be used
index-other-version = the index comes from another version of steunwijzer or is damaged
index-internal = an internal error of the search engine

## The editors' form (admin: in site.yaml)
admin-unknown-backend = `{ $backend }` is not a place the editors' form can save to
admin-backends = use `github`, `gitlab` or `local` (only on this computer, with `npx decap-server`)
admin-repo-needed = the editors' form must know which repository it saves to; `{ $repo }` is not `owner/name`
admin-repo-hint = put for example `repo: gemeente-haarlem/steunwijzer` under `admin:`, or `backend: local` to try it on this computer first
admin-repo-to-fill-in = the editors' form's repository is still to be filled in: `{ $repo }`
admin-repo-fill-in-hint = put this site's repository under `admin:` as `owner/name`

# municipalities: in site.yaml (a region's municipalities' own logo and front door)
municipalities-only-in-region = `municipalities` is for a region's or the country's site; this site serves one municipality
municipalities-only-in-region-hint = set `logo` and `front_door` at the top of site.yaml, or name `region:` instead of `municipality:`
not-municipality-of-region = `{ $slug }` is not a municipality of this site: a municipality is a place of neighbourhoods.yaml without `part_of`
