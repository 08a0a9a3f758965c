# English: the words of the command line (steunwijzer build, check, report, search, …).
# Between { } is what steunwijzer fills in. These messages are built into the program: the
# command line speaks before any site is read.

## With every problem

severity-error = error
severity-warning = warning
hint = hint
# In GitHub's annotations, at the start of a line.
hint-title = Hint
# Below the problems: how many errors and warnings there are.
diagnostics-count = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }

## build, check and serve

build-done = built { $pages } pages ({ $providers } providers) into { $out } in { $seconds } s
build-nothing-written = nothing was written; the previous output is unchanged
check-strict = --strict: these warnings count as errors
check-done = checked { $root }: no errors
serve-rebuilt = built { $providers ->
        [one] 1 provider
       *[other] { $providers } providers
    } in { $ms } ms ({ $changed ->
        [one] 1 file changed
       *[other] { $changed } files changed
    })
serve-serving = serving { $site } at { $url } (Ctrl+C to stop)
serve-this-site = the site
serve-keeps-last = the preview keeps showing the last good version

## init and import

init-wrote = wrote { $file }
init-fill-in = Fill in (marked { $mark }):
init-next = Next: steunwijzer new provider "Name" --root { $dir }, then steunwijzer serve --root { $dir }
import-done = { $records } records read, { $written } provider files written
import-next = next: check each new file with the provider; `{ $check }` shows what is still missing
import-dry-run-done = { $records } records read; { $written } provider files would be written (above). Nothing was written (--dry-run).
import-report-written = every problem is in { $file }
import-more-with-report = { $count ->
    [one] 1 more problem is not shown above
   *[other] { $count } more problems are not shown above
}; run the import again with --dry-run --report <file> to see them all

## report

report-wrote = wrote { $file }
report-of = review report of
report-providers = providers
report-unreachable = No phone, e-mail, website or address
report-no-walk-in = No walk-in
report-no-accessibility = No accessibility information
report-made-by = made by
report-stale = Not reviewed for more than { $limit } months (oldest first)
report-months = months
report-coverage = Providers per life domain and neighbourhood (* = fewer than { $limit }):
report-whole = whole city

## search

search-help-now = Do you need help now?
search-fits-you = Does this fit you?
search-none = no providers found
search-none-for = no providers found for "{ $query }"
search-found = { $count ->
        [one] 1 provider found
       *[other] { $count } providers found
    }
search-found-for = { $count ->
        [one] 1 provider found for "{ $query }"
       *[other] { $count } providers found for "{ $query }"
    }
search-some = no provider matches every word; { $count } match some of them
search-some-for = no provider matches every word for "{ $query }"; { $count } match some of them
search-without-filters = without the filters: { $count } found
search-did-you-mean = did you mean: { $words }
search-life-domain = life domain { $slug }: { $count } providers

## Dates: the months, as in "1 December 2026"

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## When a command cannot do its work

# The line a command stops with: "error: " and why.
command-error = error: { $message }
lang-not-spoken = `{ $code }` is not a language this program speaks: use { $codes }
no-site-folder = the site folder { $path } does not exist
today-not-a-date = STEUNWIJZER_TODAY: { $why }
today-epoch-not-seconds = SOURCE_DATE_EPOCH: `{ $value }` is not a number of seconds since 1970
today-time-zone-unknown = the time zone `{ $zone }` is not known
search-unknown-life-domain = unknown life domain `{ $value }`; { $hint }
search-unknown-neighbourhood = unknown neighbourhood `{ $value }`; { $hint }
search-unknown-language = unknown language `{ $value }`; { $hint }
search-unknown-contact-mode = unknown way of contact `{ $value }`; { $hint }
search-unknown-ui-language = the site's pages are not in the language `{ $value }`; { $hint }
search-no-index = no search index in { $dir }; run `steunwijzer build` first
search-index-unreadable = cannot read the search index ({ $error }); run `steunwijzer build` again: an index made by an older steunwijzer does not fit
search-theme-unreadable = cannot read the words of the site's pages; run `steunwijzer check` to see why
new-no-file-name = cannot make a file name from "{ $name }"; use letters or digits
new-site-has-errors = site.yaml has errors; fix them first
new-exists = { $path } exists already; edit that file, or choose another name
path-cannot-create = cannot create { $path }: { $error }
path-cannot-read = cannot read { $path }: { $error }
path-cannot-write = cannot write { $path }: { $error }
init-bad-name = "{ $name }" cannot be the name of a municipality: { $why }
init-exists = { $files } exist already; nothing was written (init never overwrites a file)
serve-cannot-listen = cannot listen on 127.0.0.1:{ $port }: { $error }
serve-cannot-watch = cannot watch { $path }: { $error }
serve-too-many-files = there are too many files to watch (raise fs.inotify.max_user_watches)
serve-page-title = Errors in the content
serve-page-refreshes = This page refreshes by itself when you save a file.
serve-page-no-errors = No errors: the content is in order.
serve-overlay-title = Error in the content: the website shows the last good version
serve-overlay-hide = Hide
serve-answer-headers-too-large = the request's headers are larger than 16 KB
serve-answer-only-localhost = this preview answers only to localhost
serve-answer-only-get = only GET and HEAD
serve-answer-too-many-pages = too many open pages; close some and reload
serve-answer-server-error = error in the preview; start `steunwijzer serve` again
serve-answer-not-found = not found
serve-no-browser = could not open a browser; open { $url } yourself
new-template-missing = the built-in provider template is missing
generate-wrote = wrote { $count } providers to { $path }
generate-exists = { $path } exists already; choose a new folder
stdin-unreadable = cannot read standard input: { $error }

## Values: other words editors may write (separated by commas)
# For example `contact_modes: [drop in]` for walk-in. Each language adds its own words here.

words-kind-organisation = organization, foundation, charity
words-kind-volunteer-organisation = volunteers, volunteer group, volunteer organization
words-kind-self-employed = self employed, freelance, freelancer
words-kind-union = trade union, labour union, labor union
words-kind-interest-group = interest group, association, advocacy group
words-contact-mode-walk-in = drop in, drop-in, walk in without an appointment
words-contact-mode-phone = telephone, call
words-contact-mode-email = e-mail, mail
words-contact-mode-home-visit = home visit, at home, visit at home
words-contact-mode-video = video call, videocall
words-contact-mode-chat = chat online
words-accessibility-wheelchair-accessible = wheelchair, wheelchair access
words-accessibility-accessible-toilet = disabled toilet, accessible restroom
words-accessibility-lift = elevator
words-accessibility-disabled-parking = disabled parking space, accessible parking
words-accessibility-hearing-loop = induction loop, loop system
words-accessibility-sign-language = sign language interpreter
words-accessibility-easy-language = plain language, easy read
words-accessibility-assistance-dogs-welcome = assistance dog, guide dog, guide dogs welcome
words-day-monday = mon
words-day-tuesday = tue, tues
words-day-wednesday = wed
words-day-thursday = thu, thurs
words-day-friday = fri
words-day-saturday = sat
words-day-sunday = sun

## The command line's own help and errors (src/cmd/args.rs); the English help is the
## doc comments of src/cli.rs, and a test keeps them equal.
cli-usage = Usage:
cli-commands = Commands
cli-command = COMMAND
cli-arguments = Arguments
cli-options = Options
cli-options-usage = OPTIONS
cli-help-flag = Print help
cli-version-flag = Print version
cli-help-command = Print this message or the help of the given subcommand(s)
cli-possible-values = possible values: { $values }
cli-default = default: { $value }
cli-error-more = For more information, add --help to the command.
cli-error-unknown-argument = this command does not know `{ $arg }`
cli-error-unknown-command = there is no command `{ $command }`
cli-error-invalid-value = `{ $value }` is not a value for { $arg }; these are: { $values }
cli-error-missing-argument = something is missing: { $arg }
cli-error-missing-command = say which command: build, check, serve, …
cli-error-bad-value = `{ $value }` is not a value for { $arg }: { $why }
cli-error-conflict = { $arg } cannot be used with another option you gave
cli-error-other = the command line is not right
cli-error-did-you-mean = ; did you mean `{ $suggestion }`?
cli = Build an accessible static directory of free, independent client support ("onafhankelijke cliëntondersteuning") from Markdown files
cli--lang = The language of messages: nl or en. Default: STEUNWIJZER_LANG if set, else the site's language (Dutch for a Dutch site)
cli-build = Check the content, then write the website (into <root>/public unless --output is given)
cli-build--long = Check the content, then write the website (into <root>/public unless --output is given).

    Exits with 0 when the site was written, 1 when the content has errors (the previous output is then left as it was) and 2 when the command line is wrong.
cli-build--root = The site folder: the one holding site.yaml and content/
cli-build--output = Where to write the website. It is replaced as a whole, and only when the build succeeds
cli-build--base_url = The address the site will be published at, instead of base_url in site.yaml. Used for canonical links and the 404 page; all other links are relative
cli-serve = Preview the site while editing: build it, serve it on 127.0.0.1 and rebuild on every save
cli-serve--long = Preview the site while editing: build it, serve it on 127.0.0.1 and rebuild on every save.

    Open pages reload by themselves. A content error shows in the terminal and on top of the page in the browser, while the last good version stays served. Nothing is written to disk.
cli-serve--root = The site folder: the one holding site.yaml and content/
cli-serve--port = The port on 127.0.0.1; if it is taken, the next free one is used
cli-serve--open = Open the site in the default browser
cli-check = Check the content and print every problem as path:line:col, without writing anything
cli-check--long = Check the content and print every problem as path:line:col, without writing anything.

    Exits with 0 when there are no errors (warnings are allowed unless --strict is given) and 1 otherwise.
cli-check--root = The site folder: the one holding site.yaml and content/
cli-check--format = How to print the problems: for people, as JSON for tools, as GitHub workflow annotations (so a forge shows each problem on the changed line), or as a GitLab Code Quality report (shown in a merge request)
cli-check--strict = Fail on warnings too (exit 1): a file that is not read, two providers with one name, a web address without https. Reminders still pass: an entry due for review, a provider that is deliberately not listed. For CI, so nothing is left out unnoticed
cli-check--previous = The previous publication's sitemap.xml (or the folder holding it): a provider address in it that no provider has now is warned about. Default: public/sitemap.xml, when an earlier build left one
cli-search = Search the index that `build` wrote to <root>/search-index, as the site's search page does
cli-search--long = Search the index that `build` wrote to <root>/search-index, as the site's search page does.

    Prints the providers that match, best first. Filters of one kind combine with OR, filters of different kinds with AND. An empty QUERY with filters lists every matching provider by name. Exits with 1 when there is no index, 2 when an option is wrong.
cli-search--query = The words to search for, as a resident would type them ("" for none)
cli-search--domains = Only providers in this life domain (slug; repeat for more)
cli-search--neighbourhoods = Only providers working in this neighbourhood (slug; repeat for more). Providers for the whole municipality always count
cli-search--languages = Only providers speaking this language (ISO 639-1 code; repeat for more)
cli-search--contact_modes = Only providers one can get in touch with this way: walk-in, phone, email, home-visit, video or chat (repeat for more)
cli-search--limit = How many results to print
cli-search--json = Print the answer as JSON (stable field names, for tools and tests)
cli-search--lang_ui = Answer as the search page in this interface language does (site.yaml `languages_ui`, e.g. `ar`): its words, and the situations and crisis numbers as the editors translated them. The results are the same in every language
cli-search--root = The site folder: the one holding site.yaml and content/
cli-analyse = Show how text is split into search terms (folded, stop words left out, stemmed)
cli-analyse--long = Show how text is split into search terms (folded, stop words left out, stemmed).

    Prints one line per word: the word as typed (lowercase, without accents), a tab, and the term the index uses. Reads TEXT, or standard input when TEXT is not given.
cli-report = A review report for editors: where the pool is thin, entries to review, missing information
cli-report--long = A review report for editors: where the pool is thin, entries to review, missing information.

    Counts providers per life domain and neighbourhood, lists entries whose last_reviewed is older than the limit in site.yaml (oldest first), entries with no way to reach them, no walk-in and no accessibility information. Not published in the site.
cli-report--root = The site folder: the one holding site.yaml and content/
cli-report--format = text for the terminal, html for a page to open in a browser, json for tools
cli-report--output = Write the report to this file instead of standard output
cli-init = Start a new site for a municipality: settings, life domains, pages, .gitignore and CI
cli-init--long = Start a new site for a municipality: settings, life domains, pages, .gitignore and CI.

    Writes into DIR (default: the current folder) a site that builds at once, without anyone else's history, and lists what to fill in (marked [VUL IN). Never overwrites: when any of its files exists, nothing is written.
cli-init--dir = The folder for the new site; made when missing
cli-init--municipality = The municipality's name, as residents write it ("Zaanstad")
cli-init--forge = Which forge's CI file to write: a GitHub Actions workflow, .gitlab-ci.yml, or none
cli-new = Create a new content file from a template, with every field explained
cli-new-provider = Create content/providers/<slug>.md for a new provider, with last_reviewed set to today
cli-new-provider--long = Create content/providers/<slug>.md for a new provider, with last_reviewed set to today.

    The slug is made from the name: lowercase, without accents, words joined by hyphens. An existing file is never overwritten.
cli-new-provider--name = The provider's name, as residents know it
cli-new-provider--root = The site folder: the one holding site.yaml and content/
cli-import = Create provider files from another system's data
cli-import-hsds = Create content/providers/<slug>.md for every active service in an HSDS 3.0 export
cli-import-hsds--long = Create content/providers/<slug>.md for every active service in an HSDS 3.0 export.

    FILE is HSDS 3.0 compiled JSON: one service, a list of services, or a page of the HSDS API (`/services?full=true`); a folder imports every .json file in it. Terms, service areas and languages are matched to this site's life domains, neighbourhoods and languages. Everything that could not be taken over is reported as a warning with the record's line. Existing files are never overwritten. See docs/open-data.md.
cli-import-hsds--input = The HSDS JSON file, or a folder of them
cli-import-hsds--root = The site folder: the one holding site.yaml and content/
cli-generate = For developers: write a synthetic site with N invented providers, for tests and benchmarks
cli-generate--providers = Number of providers
cli-generate--out = The folder to write the site to (must not exist yet)
cli-generate--seed = Seed of the generator: the same seed gives the same site
cli-generate--words = Words in each provider's text, MIN-MAX: real pages have 150-400, under headings and with lists; below 100 the texts are a few sentences
cli-generate--life_domains = Number of life domains: the nine of the social domain, then invented ones (1-32)
cli-generate--neighbourhoods = Number of neighbourhoods (0-2500): six real names, then wijken of ten places each
cli-generate--languages = Number of languages spoken besides Dutch (0-182): every ISO 639-1 code
cli-import-hsds--dry_run = Show what would be written, and every problem, without writing anything
cli-import-hsds--report = Also write every problem (not only the first 20 of a file) to this new file
cli-import-hsds--map = What another system's taxonomy terms mean here (life domains, kinds): a YAML file, see docs/examples/airs-211-map.yaml
