# English: the words of the website, the kiosk and the search page.
#
# Plain English for people who are new to the Netherlands. Between { } is what the site
# fills in: { $name } is a provider's name, { $count } a number. Status: written by the
# project; not yet reviewed by a native speaker (see docs/translation.md).

## About this language

language-self = English
og-locale = en_GB

## On every page

skip-to-content = Skip to the content
language-switch = Choose a language
language-switch-short = Language
# On a page in another language than the site's: the content is not translated.
content-in-site-language = Texts we have not translated are shown in Dutch.
skip-to-results = Skip to the search results
to-home-page = (to the home page)
search-site-label = Search this website
search-field-label = Find a provider
search-button = Search
nav-main = Main menu
nav-topics = Topics
nav-all-providers = All providers
breadcrumbs = You are here
breadcrumb-home = Home
print-page-at = This page is at { $url } · information from { $date }
footer-about = About this website
footer-print = Print this guide
footer-print-guide = The whole guide to print (PDF, { $size })
footer-print-large = The guide in large print (PDF, { $size })
footer-print-booklet = The guide as a booklet (A5) to print (PDF, { $size })
footer-print-howto = How to find help: 1 sheet to hand out (PDF, { $size })
footer-print-topics = The guide to print: per topic
footer-print-towns = The guide to print: per municipality
footer-print-region = The guide for all of { $region } (PDF, { $size })
footer-print-town = The guide of { $name } to print
towns-heading = Your municipality
towns-lead = Choose your municipality. There you find the supporters for your municipality and the guide to print.
town-title = Help in { $name }
town-lead = Free and independent supporters for residents of { $name }: in { $name } itself and in all of { $region }. You choose who helps you.
town-print-heading = The guide of { $name } to print
town-providers-heading = Supporters for { $name }
town-empty = There are no providers for { $name } yet. Look at { $link_html } or contact the editors.
town-region-heading = For all of { $region }
town-region-text = { $count ->
        [one] 1 provider helps
       *[other] { $count } providers help
    } in all of { $region }. They are not in this list, but they are in every topic and in the list of all providers.
footer-contact = Contact the editors
footer-contact-text = Is something wrong? Please tell us.
footer-phone = Phone:
footer-email = Email:
footer-email-subject = Question about { $site }
crisis-label = Help in an emergency
crisis-line-lead = Emergency or danger?
crisis-heading = Do you need help now?
front-door-heading = Do you not know where to start?
front-door-call = Call
choose-topic = Choose a topic
list-comma = ,

## Words for the values in the providers' files

kind-organisation = Organisation
kind-volunteer-organisation = Volunteer organisation
kind-self-employed = Independent supporter
kind-union = Trade union
kind-interest-group = Interest group
contact-mode-walk-in = Walk in without an appointment
contact-mode-phone = Phone
contact-mode-email = Email
contact-mode-home-visit = A visit at your home
contact-mode-video = Video call
contact-mode-chat = Chat
accessibility-wheelchair-accessible = Wheelchair accessible
accessibility-accessible-toilet = Accessible toilet
accessibility-lift = There is a lift
accessibility-disabled-parking = Parking for disabled people
accessibility-hearing-loop = Hearing loop for people with a hearing aid
accessibility-sign-language = A sign language interpreter is possible
accessibility-easy-language = Explanation in easy language
accessibility-assistance-dogs-welcome = Assistance dogs are welcome
day-monday = Monday
day-tuesday = Tuesday
day-wednesday = Wednesday
day-thursday = Thursday
day-friday = Friday
day-saturday = Saturday
day-sunday = Sunday
date = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
providers-count = { $count ->
        [one] 1 provider
       *[other] { $count } providers
    }
providers-help = { $count ->
        [one] 1 provider helps
       *[other] { $count } providers help
    } with this.

## Home page

home-title = { $site }: free, independent help in { $municipality }
home-heading = Find free help with your questions
home-lead = Do you have a question about money, work, housing, care or something else? A client supporter helps you. It is free. You choose who helps you.
search-question = What do you need help with?
search-hint-home = Type in your own words. For example: debts, lonely or rent.
situations-heading = What is going on for you?
topics-heading = What is your question about?
topics-heading-or = Or choose a topic
home-all-providers = See all { $count ->
        [one] 1 provider
       *[other] { $count } providers
    } from A to Z
about-heading = What does a client supporter do?
about-intro = A client supporter is on your side. They do not work for the neighbourhood team and do not decide about your help. A supporter can:
about-can-1 = find out with you what your question is;
about-can-2 = explain what you have a right to;
about-can-3 = go with you to a meeting, for example with the municipality;
about-can-4 = help you if you have a complaint.
about-free = The help is free. On this website you find organisations, volunteers, trade unions, associations for older people and for carers, and independent supporters. They are in order of name. Nobody pays to be here.

## Lists of providers

card-walk-in = Walk in without an appointment
card-also-in = Also in: { $languages }
card-whole = all of { $municipality }
card-phone = Phone
providers-title = All providers from A to Z
providers-lead = Here are all { $count ->
        [one] 1 provider
       *[other] { $count } providers
    }, in order of name.
letters-label = Go to a letter
letters-other = Other
providers-page-title = { $title }, page { $page } of { $pages }
providers-on-page = This is page { $page } of { $pages }: providers { $first } to { $last }.
pagination-label = Pages
pagination-previous = Previous page
pagination-next = Next page
pagination-page = Page { $page }
domain-order = They are in order of name.
domain-leaflet = Print this list: { $name } as a leaflet (PDF, { $size })
domain-leaflet-part = Print this list: { $name }, { $letters }, as a leaflet (PDF, { $size })
domain-guide = Print { $name } from the guide (PDF, { $size })
domain-guide-part = Print { $name } from the guide, { $letters } (PDF, { $size })
domain-guide-large = Print { $name } from the guide in large print (PDF, { $size })
domain-guide-large-part = Print { $name } from the guide in large print, { $letters } (PDF, { $size })
domain-guide-booklet = Print { $name } as a booklet (A5) (PDF, { $size })
domain-guide-booklet-part = Print { $name } as a booklet (A5), { $letters } (PDF, { $size })
domain-empty = There are no providers for this topic yet. Look at { $link_html } or contact the editors.
domain-empty-link = all providers
domain-empty-kiosk = There are no providers for this topic yet.
domain-others = Other topics
situation-who = Who can help you?
situation-choose = You choose who helps you.
situation-words = If you search for one of these words, you also come here: { $words }.
situation-others = Other situations

## Filters

filters-summary = { $places ->
    [nested] Filters: topic, place, language and contact
   *[other] Filters: topic, neighbourhood, language and contact
}
filter-topic = Topic
filter-neighbourhood = { $places ->
    [nested] Place
   *[other] Neighbourhood
}
filter-language = Language
filter-contact = Way of contact
filters-choose = Choose what suits you
filters-choose-groups = Choose what suits you: { $groups }
filter-group-neighbourhood = { $places ->
    [nested] place
   *[other] neighbourhood
}
filter-group-language = language
filter-group-contact = way of contact
list-or = { $items } or { $last }
filter-all-neighbourhoods = { $places ->
    [nested] All places
   *[other] All neighbourhoods
}
filter-find = Find in the list
filter-find-none = Nothing in the list matches what you typed.
filter-language-dutch = Dutch
filter-any = It does not matter
filter-reset = Clear your choice
list-none-text = { $places ->
    [nested] Choose something else for place, language or way of contact.
   *[other] Choose something else for neighbourhood, language or way of contact.
}
list-none-all = Show all providers again
list-tally = Providers that fit your choice:

## A provider's page

stale-label = Please note:
stale-text = this information has not been checked for a long time. Call or email first to ask if everything is still right.
contact-heading = Contact
contact-call = Call
contact-mail = Email
contact-website = Website
contact-address = Address
contact-map = See the address on the map
contact-map-osm = of OpenStreetMap
tags-label = Features
tag-free = Free
tag-independent = Not part of the neighbourhood team
hours-heading = When can you go there?
hours-caption = Opening hours per day
hours-days-two = { $first } and { $last }
hours-days-range = { $first } to { $last }
hours-time = { $from_html } to { $to_html }
about-provider = What { $name } does
facts-heading = Good to know
facts-where = Where
facts-whole = All of { $municipality }
facts-for-whom = For whom
facts-languages = Languages
facts-contact = How to get in touch
facts-accessibility = Accessibility
complaints-heading = Complaints
complaints-helps = Do you have a complaint about the municipality or another organisation? { $name } can help you with your complaint.
complaints-unhappy = Are you not happy with { $name }?
complaints-at = The complaints procedure is at { $address }.
complaints-read = Read the { $link_html }.
complaints-link = complaints procedure of { $name }
complaints-default = Are you not happy? First tell { $name }. If you cannot solve it together, contact the editors of this website.
complaints-default-kiosk = Are you not happy? First tell { $name }. If you cannot solve it together, contact the editors.
complaints-how = Read how to make a complaint
reviewed = This information was checked on { $date_html }.
corrections-heading = Is something wrong?
corrections-text = Has a phone number, address or opening time changed? Tell the editors. Then we will change it.
corrections-form = Report a mistake about { $name }
corrections-mail = Email the editors about { $name }
corrections-subject = Something is wrong: { $name }
corrections-about = About: { $name }
corrections-page = Page: { $url }
corrections-what = What is wrong?

## Search

search-title = Search
search-hint = For example: debts, caring for someone or rent.
search-nojs = Search only works when JavaScript is on in your browser. Choose a topic below, or see { $link_html }.
search-nojs-link = all providers from A to Z
search-more = Show more providers
search-unfilter = Search without filters
situation-hint-heading = Is this your situation?

## Other pages

open-data-heading = The information on this website
open-data-text = Do you want to use the list of supporters, for example on another website or in your own overview? You may. You can download all the information:
open-data-json = All providers as JSON
open-data-json-note = (for programmers)
open-data-csv = All providers as CSV
open-data-csv-note = (for Excel or another spreadsheet)
open-data-hsds = All providers as HSDS 3.0
open-data-hsds-note = (the international standard for directories of services)
open-data-per-municipality = Per municipality
open-data-municipality-json = { $municipality } as JSON
open-data-municipality-csv = { $municipality } as CSV
open-data-licence = The information is under the licence { $licence_html }.
offline-heading = This website without internet
offline-text = A library, community centre or other organisation can put this whole website on a computer or USB stick. It then works without internet, search too. There is also a version for a touch-screen kiosk.
offline-download = Download the whole website (zip file, { $size })
offline-howto = Unpack the file and open { $home_html }, or { $kiosk_html } for the kiosk. Download it again every week: then you have the newest information.
area-leaflets-heading = { $places ->
    [nested] Leaflets per place
   *[other] Leaflets per neighbourhood
}
area-leaflets-text = { $places ->
    [nested] A leaflet with the supporters who work in one place: to print for the library or community centre there. Those who help in all of { $municipality } are in the leaflets per topic.
   *[other] A leaflet with the supporters who work in one neighbourhood: to print for the library or community centre there. Those who help in all of { $municipality } are in the leaflets per topic.
}
area-leaflet = { $name } (PDF, { $size })
area-leaflet-part = { $name }, { $letters } (PDF, { $size })
not-found-title = Page not found
not-found-heading = This page does not exist
not-found-lead = Maybe the page has moved, or the address was not typed correctly.
to-home = Go to the home page
not-found-all = See all providers from A to Z
redirect-title = { $name } has moved
redirect-heading = { $name } is now at another address
redirect-text = You are being sent on. Does that not happen? { $link_html }.
redirect-link = Go to the page of { $name }
redirect-bookmark = Did you save this address as a bookmark? Then save the new address.

## The kiosk

kiosk-nav = Go back or start again
kiosk-back = Back
kiosk-restart = Start again
kiosk-keys = Keyboard on the screen
kiosk-key-space = space
kiosk-key-back = delete one letter
kiosk-key-clear = clear all
kiosk-key-switch = other letters
kiosk-about = About this kiosk
kiosk-corrections = Is something wrong? Tell the editors{ $how ->
        [both] : call { $phone } or email { $email }
        [phone] : call { $phone }
        [email] : email { $email }
       *[none] {""}
    }.
kiosk-data = Information from { $date }. This kiosk is also a website: { $url }
kiosk-idle-heading = Are you still there?
kiosk-idle-text = In { $count_html } seconds the kiosk starts again. What you searched for will then be cleared.
kiosk-idle-stay = Yes, I am still here
kiosk-home-title = { $site }: free help in { $municipality }
kiosk-home-lead = A client supporter helps you for free. You choose who helps you.
kiosk-all-providers = All { $count ->
        [one] 1 provider
       *[other] { $count } providers
    } from A to Z
kiosk-qr-alt = QR code: { $what }
kiosk-qr-scan = Scan with your phone
kiosk-contact-heading = How to reach { $name }
kiosk-phone = Phone
kiosk-website = Website
kiosk-email = Email
kiosk-address = Address
kiosk-qr-website = the website { $address }
kiosk-qr-email = an email to { $address }
kiosk-qr-map = the address on the map
kiosk-qr-page = this page on { $url }
kiosk-take-heading = Take this information with you
kiosk-print = Print this information
kiosk-take-scan = Or scan the code with your phone. Then you have this page on your phone.
kiosk-search-nojs = Search does not work now. Choose a topic below.
slip-call = Call { $phone }
slip-days-two = { $first } and { $last }
slip-days-range = { $first } to { $last }
slip-website = Website: { $address }
slip-email = Email: { $address }
slip-scan = Scan for this page: { $url }
slip-footer = Free help. Information from { $date }.
slip-checked = Checked on { $date }.
slip-printed = Printed on { $date }. Call first before you go.

## In the browser: search, filters and the kiosk (js-…)

js-busy = Searching…
js-failed = Search does not work now: part of the search information could not be loaded. Check your internet connection and try again, or choose a topic below.
js-found = { $count ->
        [one] 1 provider
       *[other] { $count } providers
    } found.
js-crisis-first = At the top are the numbers for help in an emergency.
js-none = No providers found.
js-none-filters = No providers found with these filters. Without filters: { $count }.
js-none-try = No providers found. Try another word, or choose a topic below.
js-partly = No provider fits all the words. { $count ->
        [one] 1 provider fits
       *[other] { $count } providers fit
    }: { $words }.
js-situations = At the top is a page that fits: { $titles }.
js-without-filters = Without filters: { $count ->
        [one] 1 provider
       *[other] { $count } providers
    } for your search.
js-meant-words = Did you mean
js-meant-topics = Do you mean
js-meant-end = ?
js-or = or
js-topic-count = ({ $count ->
        [one] 1 provider
       *[other] { $count } providers
    })
js-list-fits = { $count ->
        [0] None of the { $total } providers fits your choice.
        [one] 1 of the { $total } providers fits your choice.
       *[other] { $count } of the { $total } providers fit your choice.
    }
js-kiosk-idle = Are you still there? In { $count } seconds the kiosk starts again. Choose "Yes, I am still here" to go on.
js-kiosk-left = { $count } seconds left.

## The leaflet "How to find help" (PDF, one page per language)

leaflet-title = How to find help
leaflet-lead = Free and independent help in { $municipality }. You choose who helps you.
leaflet-step-site = Go to { $address } or scan the code with the camera of your phone.
leaflet-step-search = Choose a topic. Or type in your own words what is going on.
leaflet-step-contact = Call, e-mail or drop in at the supporter you choose. The help is free.
leaflet-qr-alt = QR code to { $address }
leaflet-edition = Edition { $date }
leaflet-printed = Printed on { $date }. Details can change: call first before you go anywhere.

## My list: a resident's own choice of providers, to print (js/site/20-my-list.js)
nav-my-list = My list
js-mylist-add = Add to my list
js-mylist-remove = Remove from my list
js-mylist-count = ({ $count })
js-mylist-added = { $name } is now on your list. { $count ->
        [one] It holds 1 provider.
       *[other] It holds { $count } providers.
    }
js-mylist-removed = { $name } is no longer on your list. { $count ->
        [0] Your list is empty.
        [one] It still holds 1 provider.
       *[other] It still holds { $count } providers.
    }
js-mylist-full = Your list is full: it holds { $count } providers. Remove one from your list first.
js-mylist-gone = { $count ->
        [one] 1 provider is no longer in the guide. It was removed from your list.
       *[other] { $count } providers are no longer in the guide. They were removed from your list.
    }
js-mylist-cleared = Your list is empty.
my-list-title = My list
my-list-nojs = Making a list of your own only works when JavaScript is on in your browser. You can still print a provider's page. See { $link_html }.
my-list-nojs-link = all providers from A to Z
my-list-private = Your list is only on this device. Nothing is sent over the internet. Using someone else's computer? Then empty the list when you are done.
my-list-empty = There is nothing on your list yet. { $link_html } and choose "Add to my list" for the help you want to keep.
my-list-empty-link = Find help
my-list-failed = Your list cannot be shown right now: part of the data could not be loaded. Your list is kept. Please try again later.
my-list-print = Print my list
my-list-print-slip = Print my list
my-list-clear = Empty my list
my-list-printed = Printed on { $date }. Details can change: call before you go anywhere.
my-list-call = Call
my-list-open = Open:
kiosk-my-list-nojs = Making a list of your own does not work on this kiosk right now. Print a provider's details on its page.
kiosk-my-list-private = Your list is only for you. When you are done or do nothing for a while, the kiosk erases it.
kiosk-my-list-empty = There is nothing on your list yet. Choose "Add to my list" for a provider.

## The editors' form (admin/, only in the site's language)
admin-title = Editors: edit providers and pages
admin-noscript = The editors' form only works with JavaScript on.
admin-config-generated = Made by steunwijzer from the content model: do not edit by hand, it is made again by every build.
admin-providers = Providers
admin-provider = provider
admin-pages = Pages
admin-page = page
admin-lists = Lists
admin-life-domains = Life domains
admin-neighbourhoods = Neighbourhoods
admin-situations = Situations
admin-search-words = Search words
admin-field-body = Text
admin-hint-body = What the provider does, for whom, and what happens when you get in touch. Short sentences, plain words.
admin-field-translations = Translations
admin-field-translations-summary = Summary
admin-field-translations-text = Text
admin-field-name = Name
admin-hint-name = As residents know the provider.
admin-field-summary = Summary
admin-hint-summary = One sentence of at most 200 characters: what the provider does.
admin-field-life_domains = Life domains
admin-field-kind = Kind of provider
admin-field-last_reviewed = Last checked
admin-hint-last_reviewed = The day you checked the information with the provider.
admin-field-neighbourhoods = Neighbourhoods
admin-hint-neighbourhoods = Leave empty when the provider works in the whole municipality.
admin-field-target_groups = For whom
admin-field-languages = Languages
admin-field-contact = Contact
admin-field-contact-phone = Phone
admin-hint-contact-phone = For example 023 511 52 73 or 06 12345678.
admin-field-contact-email = E-mail
admin-field-contact-website = Website
admin-hint-contact-website = Starts with https://
admin-field-contact-address = Address
admin-field-contact-address-street = Street and number
admin-field-contact-address-postcode = Postcode
admin-field-contact-address-city = Town
admin-field-opening_hours = Opening hours
admin-field-opening_hours-hours = Times
admin-field-opening_hours-hours-days = Days
admin-field-opening_hours-hours-opens = Opens
admin-field-opening_hours-hours-closes = Closes
admin-field-opening_hours-note = Note
admin-field-contact_modes = Ways of contact
admin-field-accessibility = Accessibility
admin-field-free = Free
admin-hint-free = On when the help costs residents nothing. Only free providers are in the guide.
admin-field-independent = Independent
admin-hint-independent = On when the provider is not part of a neighbourhood team. Only independent providers are in the guide.
admin-field-complaints = Complaints procedure
admin-field-helps_with_complaints = Helps with complaints
admin-field-keywords = Search words
admin-hint-keywords = Words residents search with that are not in the text.
admin-pattern-postcode = Four digits and two letters, such as 2011 AB.
admin-pattern-opens = A time such as 09:30.
admin-pattern-closes = A time such as 17:00.
admin-field-page-title = Title
admin-field-page-summary = Summary
admin-field-page-text = Text
admin-field-page-order = Order
admin-field-list-life-domains-slug = Address (slug)
admin-hint-list-life-domains-slug = Part of the web address; do not change it once published.
admin-field-list-life-domains-name = Name
admin-field-list-life-domains-description = Description
admin-field-list-neighbourhoods-slug = Address (slug)
admin-field-list-neighbourhoods-name = Name
admin-field-list-neighbourhoods-part_of = Lies in
admin-hint-list-neighbourhoods-part_of = The slug of the bigger place: a buurt's wijk, a wijk's town. Empty for a place that lies in none.
admin-field-list-situations-slug = Address (slug)
admin-field-list-situations-title = Title
admin-field-list-situations-text = Text
admin-field-list-situations-words = Residents' words
admin-field-list-situations-providers = Providers first
admin-field-list-situations-life_domains = Life domains
admin-field-list-situations-kinds = Kinds of provider
admin-field-list-search-words-words = Residents' words
admin-field-list-search-words-means = Means
admin-field-list-search-words-life_domains = Life domains
admin-field-list-search-words-kinds = Kinds of provider
admin-field-list-search-words-contact_modes = Ways of contact
admin-field-list-search-words-accessibility = Accessibility
admin-field-list-search-words-languages = Languages
admin-field-list-search-words-own_term = Own search term
admin-field-list-search-words-suggest = Suggest
admin-field-list-search-words-crisis = Crisis word

## Signing up as a supporter (aanmelden/): a provider signs up
signup-title = Sign up as a supporter
signup-lead = Do you help residents for free and independently, as an organisation, volunteer group, union, elderly or carers' association, self-organisation, self-employed supporter or simply as an engaged resident? Sign up here.
signup-condition-free = Your help costs residents nothing.
signup-condition-independent = You are not part of a neighbourhood team or the municipality.
signup-condition-review = The editors check your details, contact you if needed, and then put you in the guide.
signup-private = This page does not store or send anything itself. When you are done, your own e-mail program makes a message to the editors.
signup-errors-title = Something is not right yet
signup-about = About you
signup-name = Name
signup-name-hint = As residents know you, for example "Buurtmaatjes Oost".
signup-summary = In one sentence: what do you do?
signup-summary-hint = At most { $max } characters. For example: "Volunteers help you with letters and forms."
signup-kind = What kind of supporter are you?
signup-help = What do you help with?
signup-life-domains = Which subjects do you help with?
signup-neighbourhoods = { $places ->
    [nested] In which places do you work?
   *[other] In which neighbourhoods do you work?
}
signup-neighbourhoods-hint = Choose none if you work in the whole municipality.
signup-languages = Which languages do you speak?
signup-text = Tell what you do
signup-text-hint = For whom, what happens when someone gets in touch, and what you do not do. Short sentences, plain words.
signup-contact = How do residents reach you?
signup-contact-hint = Fill in at least one way. This goes on the website.
signup-phone = Phone
signup-phone-hint = A Dutch number, for example 023 511 52 73 or 06 12345678.
signup-email = E-mail
signup-email-hint = For example info@buurtmaatjes.nl.
signup-website = Website
signup-website-hint = The whole address, starting with https://.
signup-address = Address residents can visit
signup-address-hint = Leave empty if you have no address for visitors.
signup-street = Street and number
signup-postcode = Postcode
signup-city = Town
signup-contact-modes = How can residents get in touch?
signup-hours = When are you there?
signup-hours-hint = For example "Tuesday and Thursday from 9.00 to 12.00, or by appointment".
signup-accessibility = Accessibility
signup-promises = What you promise
signup-free = My help is free for residents.
signup-independent = I am not part of a neighbourhood team or the municipality.
signup-you = Your details for the editors
signup-you-hint = Only for the editors, if they have questions. This does not go on the website.
signup-sender = Your name
signup-sender-contact = Your phone or e-mail
signup-send = Make my sign-up
signup-mail-subject = Sign-up as a supporter{ $name }
signup-done-title = Almost done: send your sign-up
signup-done-lead = Below is your sign-up as the editors receive it. Send it with the button; your e-mail program opens with the message ready. If that does not work, copy the text and e-mail it yourself.
signup-done-mail = Send by e-mail
signup-done-forge = Open as a new file (for those with an account)
signup-done-file = Your sign-up
signup-no-address = Signing up through this page is not possible yet. Contact the editors (at the bottom of the page).
footer-signup = Sign up as a supporter
js-signup-required = Fill this in.
js-signup-choose = Choose one.
js-signup-choose-one = Choose at least one.
js-signup-name-wrong = Write the name on one line, with letters.
js-signup-name-long = The name is too long: at most { $max } characters.
js-signup-summary-long = The sentence is too long: { $count } characters, at most { $max }.
js-signup-phone-wrong = This is not a Dutch phone number. Write it for example as 023 511 52 73.
js-signup-phone-foreign = Only Dutch numbers are possible: 06, 0800 or a number with an area code.
js-signup-email-wrong = This is not an e-mail address. Write it as name@example.nl.
js-signup-website-https = Write the whole address, starting with https://.
js-signup-website-wrong = This is not a web address. Write it as https://www.example.nl.
js-signup-postcode-wrong = This is not a Dutch postcode: four digits and two letters, such as 2011 AB.
js-signup-address-whole = Fill in the whole address: street and number, postcode and town.
js-signup-contact-none = Fill in at least one way residents can reach you.
js-signup-promises = The guide is only for free and independent help. Tick both if that is so.
js-signup-mail-subject = Sign-up as a supporter: { $name }
js-signup-file-note = Sign-up through the website on { $date }, from: { $from }. This line does not go on the website.
