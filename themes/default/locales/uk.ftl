# Українська: слова вебсайту, кіоску та сторінки пошуку.
#
# Проста українська для людей, які недавно приїхали до Нідерландів. Між { } сайт вставляє
# своє: { $name } — назва організації, { $count } — число. Стан: написано проєктом; ще не
# перевірено носієм мови (docs/translation.md).

## Про цю мову

language-self = Українська
og-locale = uk_UA

## На кожній сторінці

skip-to-content = Перейти до змісту
language-switch = Оберіть мову
language-switch-short = Мова / Language
content-in-site-language = Тексти, які ми не переклали, показано нідерландською мовою.
skip-to-results = Перейти до результатів пошуку
to-home-page = (на головну сторінку)
search-site-label = Пошук на цьому сайті
search-field-label = Знайти організацію
search-button = Шукати
nav-main = Головне меню
nav-topics = Теми
nav-all-providers = Усі організації
breadcrumbs = Ви тут
breadcrumb-home = Головна
print-page-at = Ця сторінка за адресою { $url } · дані від { $date }
footer-about = Про цей сайт
footer-print = Надрукувати цей довідник
footer-print-guide = Увесь довідник для друку (PDF, { $size })
footer-print-large = Довідник великим шрифтом (PDF, { $size })
footer-print-booklet = Довідник як брошура (A5) для друку (PDF, { $size })
footer-print-howto = Як знайти допомогу: 1 аркуш для роздачі (PDF, { $size })
footer-print-topics = Довідник для друку: за темами
footer-print-towns = Довідник для друку: за громадами
footer-print-region = Довідник для всього регіону { $region } (PDF, { $size })
footer-print-town = Довідник громади { $name } для друку
towns-heading = Ваша громада
towns-lead = Виберіть свою громаду. Там є помічники для вашої громади та довідник для друку.
town-title = Допомога в громаді { $name }
town-lead = Безкоштовні та незалежні помічники для мешканців громади { $name }: у самій громаді { $name } і в усьому регіоні { $region }. Ви самі обираєте, хто вам допоможе.
town-print-heading = Довідник громади { $name } для друку
town-providers-heading = Помічники для громади { $name }
town-empty = Для громади { $name } ще немає організацій. Перегляньте { $link_html } або зв’яжіться з редакцією.
town-region-heading = Для всього регіону { $region }
town-region-text = Кількість організацій, що допомагають у всьому регіоні { $region }: { $count }. Їх немає в цьому списку, але вони є в кожній темі та в списку всіх організацій.
footer-contact = Зв’язатися з редакцією
footer-contact-text = Щось не так? Повідомте нам.
footer-phone = Телефон:
footer-email = Ел. пошта:
footer-email-subject = Питання про { $site }
crisis-label = Допомога в надзвичайній ситуації
crisis-line-lead = Надзвичайна ситуація чи небезпека?
crisis-heading = Вам потрібна допомога зараз?
front-door-heading = Не знаєте, з чого почати?
front-door-call = Телефонуйте:
choose-topic = Оберіть тему
list-comma = ,

## Слова для значень у файлах організацій

kind-organisation = Організація
kind-volunteer-organisation = Волонтерська організація
kind-self-employed = Незалежний консультант
kind-union = Профспілка
kind-interest-group = Об’єднання
contact-mode-walk-in = Можна прийти без запису
contact-mode-phone = Телефон
contact-mode-email = Ел. пошта
contact-mode-home-visit = Візит до вас додому
contact-mode-video = Відеодзвінок
contact-mode-chat = Чат
accessibility-wheelchair-accessible = Доступно для інвалідного візка
accessibility-accessible-toilet = Туалет для людей з інвалідністю
accessibility-lift = Є ліфт
accessibility-disabled-parking = Паркування для людей з інвалідністю
accessibility-hearing-loop = Індукційна петля для людей зі слуховим апаратом
accessibility-sign-language = Можливий перекладач жестової мови
accessibility-easy-language = Пояснення простою мовою
accessibility-assistance-dogs-welcome = Собаки-помічники можуть заходити
day-monday = понеділок
day-tuesday = вівторок
day-wednesday = середа
day-thursday = четвер
day-friday = п’ятниця
day-saturday = субота
day-sunday = неділя
date = { $day } { $month ->
        [1] січня
        [2] лютого
        [3] березня
        [4] квітня
        [5] травня
        [6] червня
        [7] липня
        [8] серпня
        [9] вересня
        [10] жовтня
        [11] листопада
       *[12] грудня
    } { $year }
providers-count = { $count ->
        [one] { $count } організація
        [few] { $count } організації
       *[many] { $count } організацій
    }
providers-help = { $count ->
        [one] { $count } організація допомагає
        [few] { $count } організації допомагають
       *[many] { $count } організацій допомагають
    } з цим.

## Головна сторінка

home-title = { $site }: безкоштовна незалежна допомога в місті { $municipality }
home-heading = Безкоштовна допомога з вашими питаннями
home-lead = У вас є питання про гроші, роботу, житло, догляд чи щось інше? Консультант клієнтів вам допоможе. Це безкоштовно. Ви самі обираєте, хто вам допомагає.
search-question = З чим вам потрібна допомога?
search-hint-home = Напишіть своїми словами. Наприклад: борги, самотність або оренда.
situations-heading = Що у вас відбувається?
topics-heading = Про що ваше питання?
topics-heading-or = Або оберіть тему
home-all-providers = { $count ->
        [one] Переглянути { $count } організацію від А до Я
        [few] Переглянути всі { $count } організації від А до Я
       *[many] Переглянути всі { $count } організацій від А до Я
    }
about-heading = Що робить консультант клієнтів?
about-intro = Консультант клієнтів на вашому боці. Він чи вона не працює на соціальну команду району і не вирішує щодо вашої допомоги. Консультант може:
about-can-1 = разом з вами з’ясувати, яке у вас питання;
about-can-2 = пояснити, на що ви маєте право;
about-can-3 = піти з вами на розмову, наприклад, до муніципалітету;
about-can-4 = допомогти вам, якщо у вас є скарга.
about-free = Допомога безкоштовна. На цьому сайті є організації, волонтери, профспілки, об’єднання літніх людей і доглядальників і незалежні консультанти. Вони стоять за абеткою. Ніхто не платить, щоб тут бути.

## Списки організацій

card-walk-in = Можна прийти без запису
card-also-in = Також мовами: { $languages }
card-whole = усе місто { $municipality }
card-phone = Телефон
providers-title = Усі організації від А до Я
providers-lead = { $count ->
        [one] Тут { $count } організація
        [few] Тут усі { $count } організації
       *[many] Тут усі { $count } організацій
    }, за назвою.
letters-label = Перейти до літери
letters-other = Інше
providers-page-title = { $title }, сторінка { $page } з { $pages }
providers-on-page = Це сторінка { $page } з { $pages }: організації з { $first } по { $last }.
pagination-label = Сторінки
pagination-previous = Попередня сторінка
pagination-next = Наступна сторінка
pagination-page = Сторінка { $page }
domain-order = Вони стоять за абеткою.
domain-leaflet = Надрукувати цей список: { $name } як листівку (PDF, { $size })
domain-leaflet-part = Надрукувати цей список: { $name }, { $letters }, як листівку (PDF, { $size })
domain-guide = Надрукувати { $name } з довідника (PDF, { $size })
domain-guide-part = Надрукувати { $name } з довідника, { $letters } (PDF, { $size })
domain-guide-large = Надрукувати { $name } з довідника великим шрифтом (PDF, { $size })
domain-guide-large-part = Надрукувати { $name } з довідника великим шрифтом, { $letters } (PDF, { $size })
domain-guide-booklet = Надрукувати { $name } як брошуру (A5) (PDF, { $size })
domain-guide-booklet-part = Надрукувати { $name } як брошуру (A5), { $letters } (PDF, { $size })
domain-empty = Для цієї теми ще немає організацій. Перегляньте { $link_html } або зв’яжіться з редакцією.
domain-empty-link = усі організації
domain-empty-kiosk = Для цієї теми ще немає організацій.
domain-others = Інші теми
situation-who = Хто може вам допомогти?
situation-choose = Ви самі обираєте, хто вам допомагає.
situation-words = Якщо ви шукаєте одне з цих слів, ви теж потрапите сюди: { $words }.
situation-others = Інші ситуації

## Фільтри

filters-summary = { $places ->
    [nested] Фільтри: тема, місце, мова і спосіб зв’язку
   *[other] Фільтри: тема, район, мова і спосіб зв’язку
}
filter-topic = Тема
filter-neighbourhood = { $places ->
    [nested] Місце
   *[other] Район
}
filter-language = Мова
filter-contact = Спосіб зв’язку
filters-choose = Оберіть, що вам підходить
filters-choose-groups = Оберіть, що вам підходить: { $groups }
filter-group-neighbourhood = { $places ->
    [nested] місце
   *[other] район
}
filter-group-language = мова
filter-group-contact = спосіб зв’язку
list-or = { $items } або { $last }
filter-all-neighbourhoods = { $places ->
    [nested] Усі місця
   *[other] Усі райони
}
filter-find = Пошук у списку
filter-find-none = У списку немає нічого, що відповідає введеному.
filter-language-dutch = нідерландська
filter-any = Неважливо
filter-reset = Очистити вибір
list-none-text = { $places ->
    [nested] Оберіть щось інше: місце, мову або спосіб зв’язку.
   *[other] Оберіть щось інше: район, мову або спосіб зв’язку.
}
list-none-all = Знову показати всі організації
list-tally = Організації, що підходять до вашого вибору:

## Сторінка організації

stale-label = Увага:
stale-text = цю інформацію давно не перевіряли. Спершу зателефонуйте або напишіть і запитайте, чи все ще правильно.
contact-heading = Контакти
contact-call = Зателефонувати
contact-mail = Написати
contact-website = Сайт
contact-address = Адреса
contact-map = Подивитися адресу на карті
contact-map-osm = (OpenStreetMap)
tags-label = Особливості
tag-free = Безкоштовно
tag-independent = Не належить до соціальної команди району
hours-heading = Коли можна прийти?
hours-caption = Години роботи за днями
hours-days-two = { $first } і { $last }
hours-days-range = з { $first } до { $last }
hours-time = з { $from_html } до { $to_html }
about-provider = Чим займається { $name }
facts-heading = Корисно знати
facts-where = Де
facts-whole = Усе місто { $municipality }
facts-for-whom = Для кого
facts-languages = Мови
facts-contact = Як зв’язатися
facts-accessibility = Доступність
complaints-heading = Скарги
complaints-helps = У вас є скарга на муніципалітет чи іншу організацію? { $name } може допомогти вам зі скаргою.
complaints-unhappy = Ви незадоволені: { $name }?
complaints-at = Порядок подання скарг є на { $address }.
complaints-read = Прочитайте { $link_html }.
complaints-link = порядок подання скарг: { $name }
complaints-default = Ви незадоволені? Спершу скажіть про це: { $name }. Якщо разом не вдається вирішити, зв’яжіться з редакцією цього сайту.
complaints-default-kiosk = Ви незадоволені? Спершу скажіть про це: { $name }. Якщо разом не вдається вирішити, зв’яжіться з редакцією.
complaints-how = Прочитайте, як подати скаргу
reviewed = Цю інформацію перевірено { $date_html }.
corrections-heading = Щось не так?
corrections-text = Змінився номер телефону, адреса чи години роботи? Повідомте редакцію. Ми це виправимо.
corrections-form = Повідомити про помилку: { $name }
corrections-mail = Написати редакції про: { $name }
corrections-subject = Щось не так: { $name }
corrections-about = Про: { $name }
corrections-page = Сторінка: { $url }
corrections-what = Що не так?

## Пошук

search-title = Пошук
search-hint = Наприклад: борги, догляд за близькою людиною або оренда.
search-nojs = Пошук працює, лише коли у браузері увімкнено JavaScript. Оберіть тему нижче або перегляньте { $link_html }.
search-nojs-link = усі організації від А до Я
search-more = Показати більше організацій
search-unfilter = Шукати без фільтрів
situation-hint-heading = Це про вас?

## Інші сторінки

open-data-heading = Дані цього сайту
open-data-text = Хочете використати список консультантів, наприклад, на іншому сайті чи у власному огляді? Можна. Ви можете завантажити всі дані:
open-data-json = Усі організації у форматі JSON
open-data-json-note = (для програмістів)
open-data-csv = Усі організації у форматі CSV
open-data-csv-note = (для Excel чи іншої електронної таблиці)
open-data-hsds = Усі організації у форматі HSDS 3.0
open-data-hsds-note = (міжнародний стандарт довідників послуг)
open-data-per-municipality = За громадою
open-data-municipality-json = { $municipality } у форматі JSON
open-data-municipality-csv = { $municipality } у форматі CSV
open-data-licence = Дані доступні за ліцензією { $licence_html }.
offline-heading = Цей сайт без інтернету
offline-text = Бібліотека, районний центр чи інша організація може записати весь цей сайт на комп’ютер або флешку. Тоді він працює без інтернету, і пошук теж. Там є також версія для кіоску із сенсорним екраном.
offline-download = Завантажити весь сайт (файл zip, { $size })
offline-howto = Розпакуйте файл і відкрийте { $home_html } або { $kiosk_html } для кіоску. Завантажуйте його щотижня: тоді у вас будуть найновіші дані.
area-leaflets-heading = { $places ->
    [nested] Листівки за місцями
   *[other] Листівки за районами
}
area-leaflets-text = { $places ->
    [nested] Листівка з помічниками, які працюють в одному місці: щоб надрукувати для тамтешньої бібліотеки чи громадського центру. Ті, хто допомагає в усьому { $municipality }, є в листівках за темами.
   *[other] Листівка з помічниками, які працюють в одному районі: щоб надрукувати для тамтешньої бібліотеки чи громадського центру. Ті, хто допомагає в усьому { $municipality }, є в листівках за темами.
}
area-leaflet = { $name } (PDF, { $size })
area-leaflet-part = { $name }, { $letters } (PDF, { $size })
not-found-title = Сторінку не знайдено
not-found-heading = Такої сторінки немає
not-found-lead = Можливо, сторінку перенесли, або адресу введено неправильно.
to-home = На головну сторінку
not-found-all = Переглянути всі організації від А до Я
redirect-title = { $name }: нова адреса
redirect-heading = { $name } тепер за іншою адресою
redirect-text = Вас переспрямовують. Нічого не відбувається? { $link_html }.
redirect-link = Перейти на сторінку: { $name }
redirect-bookmark = Ви зберегли цю адресу в закладках? Тоді збережіть нову адресу.

## Кіоск

kiosk-nav = Повернутися або почати знову
kiosk-back = Назад
kiosk-restart = Почати знову
kiosk-keys = Клавіатура на екрані
kiosk-key-space = пробіл
kiosk-key-back = стерти одну літеру
kiosk-key-clear = стерти все
kiosk-key-switch = інші літери
kiosk-about = Про цей кіоск
kiosk-corrections = Щось не так? Скажіть редакції{ $how ->
        [both] : телефонуйте { $phone } або пишіть на { $email }
        [phone] : телефонуйте { $phone }
        [email] : пишіть на { $email }
       *[none] {""}
    }.
kiosk-data = Дані від { $date }. Цей кіоск — це також вебсайт: { $url }
kiosk-idle-heading = Ви ще тут?
kiosk-idle-text = Через { $count_html } с кіоск почне знову. Те, що ви шукали, буде видалено.
kiosk-idle-stay = Так, я ще тут
kiosk-home-title = { $site }: безкоштовна допомога в місті { $municipality }
kiosk-home-lead = Консультант клієнтів допоможе вам безкоштовно. Ви самі обираєте, хто вам допомагає.
kiosk-all-providers = { $count ->
        [one] { $count } організація від А до Я
        [few] Усі { $count } організації від А до Я
       *[many] Усі { $count } організацій від А до Я
    }
kiosk-qr-alt = QR-код: { $what }
kiosk-qr-scan = Скануйте телефоном
kiosk-contact-heading = Як зв’язатися: { $name }
kiosk-phone = Телефон
kiosk-website = Сайт
kiosk-email = Ел. пошта
kiosk-address = Адреса
kiosk-qr-website = сайт { $address }
kiosk-qr-email = лист на { $address }
kiosk-qr-map = адреса на карті
kiosk-qr-page = ця сторінка на { $url }
kiosk-take-heading = Візьміть цю інформацію з собою
kiosk-print = Надрукувати цю інформацію
kiosk-take-scan = Або скануйте код телефоном. Тоді ця сторінка буде у вашому телефоні.
kiosk-search-nojs = Пошук зараз не працює. Оберіть тему нижче.
slip-call = Телефонуйте: { $phone }
slip-days-two = { $first } і { $last }
slip-days-range = { $first } – { $last }
slip-website = Сайт: { $address }
slip-email = Ел. пошта: { $address }
slip-scan = Скануйте, щоб відкрити цю сторінку: { $url }
slip-footer = Безкоштовна допомога. Дані від { $date }.
slip-checked = Перевірено { $date }.
slip-printed = Надруковано { $date }. Зателефонуйте, перш ніж іти.

## У браузері: пошук, фільтри та кіоск (js-…)

js-busy = Шукаємо…
js-failed = Пошук зараз не працює: не вдалося завантажити частину даних. Перевірте підключення до інтернету й спробуйте знову або оберіть тему нижче.
js-found = { $count ->
        [one] Знайдено { $count } організацію.
        [few] Знайдено { $count } організації.
       *[many] Знайдено { $count } організацій.
    }
js-crisis-first = Угорі — номери допомоги в надзвичайній ситуації.
js-none = Організацій не знайдено.
js-none-filters = З цими фільтрами організацій не знайдено. Без фільтрів: { $count }.
js-none-try = Організацій не знайдено. Спробуйте інше слово або оберіть тему нижче.
js-partly = Жодна організація не підходить до всіх слів. { $count ->
        [one] { $count } організація підходить
        [few] { $count } організації підходять
       *[many] { $count } організацій підходять
    } до: { $words }.
js-situations = Угорі є сторінка, яка підходить: { $titles }.
js-without-filters = Без фільтрів: { $count ->
        [one] { $count } організація
        [few] { $count } організації
       *[many] { $count } організацій
    } за вашим запитом.
js-meant-words = Можливо, ви мали на увазі
js-meant-topics = Можливо, вам потрібно
js-meant-end = ?
js-or = або
js-topic-count = ({ $count ->
        [one] { $count } організація
        [few] { $count } організації
       *[many] { $count } організацій
    })
js-list-fits = { $count ->
        [0] Жодна з { $total } організацій не підходить до вашого вибору.
        [one] { $count } з { $total } організацій підходить до вашого вибору.
       *[other] { $count } з { $total } організацій підходять до вашого вибору.
    }
js-kiosk-idle = Ви ще тут? Через { $count } с кіоск почне знову. Оберіть «Так, я ще тут», щоб продовжити.
js-kiosk-left = Залишилося { $count } с.

## The leaflet "How to find help" (PDF, one page per language)

leaflet-title = Як знайти допомогу
leaflet-lead = { $municipality }: безкоштовна й незалежна допомога. Ви самі обираєте, хто вам допомагає.
leaflet-step-site = Перейдіть на { $address } або відскануйте код камерою телефону.
leaflet-step-search = Оберіть тему. Або напишіть своїми словами, що сталося.
leaflet-step-contact = Зателефонуйте, напишіть листа або прийдіть до помічника, якого ви обрали. Допомога безкоштовна.
leaflet-qr-alt = QR-код на { $address }
leaflet-edition = Видання: { $date }
leaflet-printed = Надруковано { $date }. Дані можуть змінитися: перш ніж кудись іти, спочатку зателефонуйте.

## Мій список: власний вибір організацій мешканця, для друку (js/site/20-my-list.js)
nav-my-list = Мій список
js-mylist-add = Додати до мого списку
js-mylist-remove = Прибрати з мого списку
js-mylist-count = ({ $count })
js-mylist-added = { $name } тепер у вашому списку. { $count ->
        [one] У списку { $count } організація.
        [few] У списку { $count } організації.
       *[other] У списку { $count } організацій.
    }
js-mylist-removed = { $name } більше немає у вашому списку. { $count ->
        [0] Ваш список порожній.
        [one] У списку ще { $count } організація.
        [few] У списку ще { $count } організації.
       *[other] У списку ще { $count } організацій.
    }
js-mylist-full = Ваш список повний: у ньому може бути { $count } організацій. Спочатку приберіть одну зі списку.
js-mylist-gone = { $count ->
        [one] { $count } організації більше немає в довіднику. Її прибрано з вашого списку.
       *[other] Організацій, яких більше немає в довіднику: { $count }. Їх прибрано з вашого списку.
    }
js-mylist-cleared = Ваш список порожній.
my-list-title = Мій список
my-list-nojs = Власний список можна зробити, лише коли у браузері увімкнено JavaScript. Ви все одно можете надрукувати сторінку організації. Дивіться { $link_html }.
my-list-nojs-link = усі організації від А до Я
my-list-private = Ваш список є лише на цьому пристрої. Нічого не надсилається в інтернет. Користуєтеся чужим комп'ютером? Очистьте список, коли закінчите.
my-list-empty = У вашому списку ще нічого немає. { $link_html } і виберіть «Додати до мого списку» біля допомоги, яку хочете зберегти.
my-list-empty-link = Знайдіть допомогу
my-list-failed = Ваш список зараз не можна показати: частину даних не вдалося завантажити. Ваш список збережено. Спробуйте пізніше.
my-list-print = Надрукувати мій список
my-list-print-slip = Надрукувати мій список
my-list-clear = Очистити мій список
my-list-printed = Надруковано { $date }. Дані можуть змінитися: зателефонуйте, перш ніж кудись іти.
my-list-call = Телефон:
my-list-open = Відчинено:
kiosk-my-list-nojs = Власний список зараз не працює на цьому кіоску. Надрукуйте дані організації на її сторінці.
kiosk-my-list-private = Ваш список лише для вас. Коли ви закінчите або деякий час нічого не робите, кіоск його стирає.
kiosk-my-list-empty = У вашому списку ще нічого немає. Виберіть «Додати до мого списку» біля організації.

## Реєстрація помічника (aanmelden/)
signup-title = Зареєструватися як помічник
signup-lead = Ви допомагаєте мешканцям безкоштовно й незалежно, як організація, група волонтерів, профспілка, об'єднання літніх людей чи доглядальників, самоорганізація, самозайнята особа або просто небайдужий мешканець? Зареєструйтеся тут.
signup-condition-free = Ваша допомога нічого не коштує мешканцям.
signup-condition-independent = Ви не належите до районної команди чи до муніципалітету.
signup-condition-review = Редакція перевірить ваші дані, за потреби зв'яжеться з вами, а потім додасть вас до довідника.
signup-private = Ця сторінка сама нічого не зберігає і не надсилає. Коли ви закінчите, ваша власна поштова програма підготує лист редакції.
signup-errors-title = Щось іще не так
signup-about = Про вас
signup-name = Назва
signup-name-hint = Як вас знають мешканці, наприклад "Buurtmaatjes Oost".
signup-summary = Одним реченням: що ви робите?
signup-summary-hint = Не більше { $max } символів. Наприклад: "Волонтери допомагають із листами та формами."
signup-kind = Який ви помічник?
signup-help = З чим ви допомагаєте?
signup-life-domains = З якими питаннями ви допомагаєте?
signup-neighbourhoods = { $places ->
    [nested] У яких місцях ви працюєте?
   *[other] У яких районах ви працюєте?
}
signup-neighbourhoods-hint = Нічого не вибирайте, якщо ви працюєте в усьому муніципалітеті.
signup-languages = Якими мовами ви розмовляєте?
signup-text = Розкажіть, що ви робите
signup-text-hint = Для кого, що відбувається, коли хтось звертається до вас, і чого ви не робите. Короткі речення, прості слова.
signup-contact = Як мешканці можуть з вами зв'язатися?
signup-contact-hint = Вкажіть щонайменше один спосіб. Це буде на сайті.
signup-phone = Телефон
signup-phone-hint = Нідерландський номер, наприклад 023 511 52 73 або 06 12345678.
signup-email = Ел. пошта
signup-email-hint = Наприклад info@buurtmaatjes.nl.
signup-website = Вебсайт
signup-website-hint = Повна адреса, що починається з https://.
signup-address = Адреса, куди мешканці можуть прийти
signup-address-hint = Залиште порожнім, якщо у вас немає адреси для відвідувачів.
signup-street = Вулиця і номер будинку
signup-postcode = Поштовий індекс
signup-city = Населений пункт
signup-contact-modes = Як мешканці можуть звернутися до вас?
signup-hours = Коли ви на місці?
signup-hours-hint = Наприклад "Вівторок і четвер з 9.00 до 12.00 або за домовленістю".
signup-accessibility = Доступність
signup-promises = Що ви обіцяєте
signup-free = Моя допомога безкоштовна для мешканців.
signup-independent = Я не належу до районної команди чи до муніципалітету.
signup-you = Ваші дані для редакції
signup-you-hint = Лише для редакції, якщо в неї будуть питання. Це не буде на сайті.
signup-sender = Ваше ім'я
signup-sender-contact = Ваш телефон або ел. пошта
signup-send = Підготувати реєстрацію
signup-mail-subject = Реєстрація як помічник{ $name }
signup-done-title = Майже готово: надішліть реєстрацію
signup-done-lead = Нижче ваша реєстрація в тому вигляді, в якому її отримає редакція. Надішліть її кнопкою; ваша поштова програма відкриється з готовим листом. Якщо це не спрацює, скопіюйте текст і надішліть його самі.
signup-done-mail = Надіслати ел. поштою
signup-done-forge = Відкрити як новий файл (для тих, хто має обліковий запис)
signup-done-file = Ваша реєстрація
signup-no-address = Зареєструватися через цю сторінку поки що не можна. Зв'яжіться з редакцією (внизу сторінки).
footer-signup = Зареєструватися як помічник
js-signup-required = Заповніть це поле.
js-signup-choose = Виберіть один варіант.
js-signup-choose-one = Виберіть щонайменше один.
js-signup-name-wrong = Напишіть назву в один рядок, літерами.
js-signup-name-long = Назва задовга: не більше { $max } символів.
js-signup-summary-long = Речення задовге: { $count } символів, не більше { $max }.
js-signup-phone-wrong = Це не нідерландський номер телефону. Напишіть його, наприклад, як 023 511 52 73.
js-signup-phone-foreign = Можливі лише нідерландські номери: 06, 0800 або номер з кодом міста.
js-signup-email-wrong = Це не адреса ел. пошти. Напишіть її як imja@pryklad.nl.
js-signup-website-https = Напишіть повну адресу, що починається з https://.
js-signup-website-wrong = Це не адреса сайту. Напишіть її як https://www.pryklad.nl.
js-signup-postcode-wrong = Це не нідерландський поштовий індекс: чотири цифри і дві літери, наприклад 2011 AB.
js-signup-address-whole = Вкажіть повну адресу: вулицю й номер, поштовий індекс і населений пункт.
js-signup-contact-none = Вкажіть щонайменше один спосіб, як мешканці можуть з вами зв'язатися.
js-signup-promises = Довідник лише для безкоштовної та незалежної допомоги. Позначте обидва пункти, якщо це так.
js-signup-mail-subject = Реєстрація як помічник: { $name }
js-signup-file-note = Реєстрація через сайт { $date }, від: { $from }. Цей рядок не буде на сайті.
