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
