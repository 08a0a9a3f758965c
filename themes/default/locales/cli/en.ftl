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
