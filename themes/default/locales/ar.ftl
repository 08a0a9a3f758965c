# العربية: كلمات الموقع والكشك وصفحة البحث.
#
# عربية فصحى بسيطة للقادمين الجدد إلى هولندا. ما بين { } يملؤه الموقع: { $name } اسم جهة،
# و{ $count } عدد. الحالة: كتبها المشروع، ولم يراجعها بعد متحدث أصلي (docs/translation.md).

## عن هذه اللغة

language-self = العربية
og-locale = ar_AR

## في كل صفحة

skip-to-content = انتقل إلى المحتوى
language-switch = اختر لغة
language-switch-short = اللغة / Language
content-in-site-language = النصوص التي لم نترجمها تظهر باللغة الهولندية.
skip-to-results = انتقل إلى نتائج البحث
to-home-page = (إلى الصفحة الرئيسية)
search-site-label = ابحث في هذا الموقع
search-field-label = ابحث عن جهة مساعدة
search-button = ابحث
nav-main = القائمة الرئيسية
nav-topics = المواضيع
nav-all-providers = كل الجهات
breadcrumbs = أنت هنا
breadcrumb-home = الرئيسية
print-page-at = هذه الصفحة على { $url } · المعلومات بتاريخ { $date }
footer-about = عن هذا الموقع
footer-print = اطبع هذا الدليل
footer-print-guide = الدليل كاملًا للطباعة (PDF، { $size })
footer-print-large = الدليل بحروف كبيرة (PDF، { $size })
footer-print-booklet = الدليل ككتيّب (A5) للطباعة (PDF، { $size })
footer-print-howto = كيف تجد المساعدة: ورقة واحدة للتوزيع (PDF، { $size })
footer-print-topics = الدليل للطباعة: حسب الموضوع
footer-print-towns = الدليل للطباعة: حسب البلدية
footer-print-region = الدليل لكل { $region } (PDF، { $size })
footer-print-town = دليل { $name } للطباعة
towns-heading = بلديتك
towns-lead = اختر بلديتك. هناك تجد المساعدين لبلديتك والدليل للطباعة.
town-title = المساعدة في { $name }
town-lead = مساعدون مجانيون ومستقلون لسكان { $name }: في { $name } نفسها وفي كل { $region }. أنت تختار من يساعدك.
town-print-heading = دليل { $name } للطباعة
town-providers-heading = مساعدون لسكان { $name }
town-empty = لا توجد جهات لـ { $name } بعد. انظر { $link_html } أو تواصل مع فريق التحرير.
town-region-heading = لكل { $region }
town-region-text = عدد الجهات التي تساعد في كل { $region }: { $count }. هي ليست في هذه القائمة، لكنها في كل موضوع وفي قائمة كل الجهات.
footer-contact = تواصل مع فريق التحرير
footer-contact-text = هل هناك خطأ؟ أخبرنا.
footer-phone = الهاتف:
footer-email = البريد الإلكتروني:
footer-email-subject = سؤال عن { $site }
crisis-label = مساعدة في حالة الطوارئ
crisis-line-lead = طوارئ أو خطر؟
crisis-heading = هل تحتاج إلى مساعدة الآن؟
front-door-heading = لا تعرف من أين تبدأ؟
front-door-call = اتصل بالرقم
choose-topic = اختر موضوعًا
list-comma = ،

## كلمات للقيم في ملفات الجهات

kind-organisation = منظمة
kind-volunteer-organisation = منظمة متطوعين
kind-self-employed = مساعد مستقل
kind-union = نقابة
kind-interest-group = جمعية
contact-mode-walk-in = يمكنك الحضور دون موعد
contact-mode-phone = الهاتف
contact-mode-email = البريد الإلكتروني
contact-mode-home-visit = زيارة في بيتك
contact-mode-video = مكالمة فيديو
contact-mode-chat = دردشة
accessibility-wheelchair-accessible = يمكن الدخول بكرسي متحرك
accessibility-accessible-toilet = مرحاض مناسب لذوي الإعاقة
accessibility-lift = يوجد مصعد
accessibility-disabled-parking = موقف سيارات لذوي الإعاقة
accessibility-hearing-loop = حلقة سمعية لمن يستخدم سماعة أذن
accessibility-sign-language = يمكن حضور مترجم لغة إشارة
accessibility-easy-language = شرح بلغة سهلة
accessibility-assistance-dogs-welcome = الكلاب المساعدة مرحب بها
day-monday = الاثنين
day-tuesday = الثلاثاء
day-wednesday = الأربعاء
day-thursday = الخميس
day-friday = الجمعة
day-saturday = السبت
day-sunday = الأحد
date = { $day } { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    } { $year }
providers-count = { $count ->
        [zero] لا توجد جهات
        [one] جهة واحدة
        [two] جهتان
        [few] { $count } جهات
        [many] { $count } جهة
       *[other] { $count } جهة
    }
providers-help = { $count ->
        [zero] لا توجد جهات تساعد في هذا.
        [one] جهة واحدة تساعدك في هذا.
        [two] جهتان تساعدانك في هذا.
        [few] { $count } جهات تساعدك في هذا.
        [many] { $count } جهة تساعدك في هذا.
       *[other] { $count } جهة تساعدك في هذا.
    }

## الصفحة الرئيسية

home-title = { $site }: مساعدة مجانية ومستقلة في { $municipality }
home-heading = اعثر على مساعدة مجانية لأسئلتك
home-lead = هل لديك سؤال عن المال أو العمل أو السكن أو الرعاية أو أي شيء آخر؟ مساعد العملاء يساعدك. المساعدة مجانية. أنت تختار من يساعدك.
search-question = في أي شيء تبحث عن مساعدة؟
search-hint-home = اكتب بكلماتك. مثلًا: ديون، وحدة، إيجار.
situations-heading = ما الذي يحدث معك؟
topics-heading = عن أي شيء سؤالك؟
topics-heading-or = أو اختر موضوعًا
home-all-providers = { $count ->
        [one] اعرض الجهة الوحيدة
        [two] اعرض الجهتين
        [few] اعرض كل الجهات الـ{ $count } من الألف إلى الياء
       *[other] اعرض كل الجهات الـ{ $count } من الألف إلى الياء
    }
about-heading = ماذا يفعل مساعد العملاء؟
about-intro = مساعد العملاء يقف إلى جانبك. لا يعمل لفريق الحي ولا يقرر ما تحصل عليه من مساعدة. يستطيع المساعد أن:
about-can-1 = يكتشف معك ما هو سؤالك؛
about-can-2 = يشرح لك ما هي حقوقك؛
about-can-3 = يرافقك إلى موعد، مثلًا مع البلدية؛
about-can-4 = يساعدك إذا كانت لديك شكوى.
about-free = المساعدة مجانية. في هذا الموقع منظمات ومتطوعون ونقابات وجمعيات لكبار السن ولمقدمي الرعاية ومساعدون مستقلون. هم مرتبون حسب الاسم. لا أحد يدفع ليكون هنا.

## قوائم الجهات

card-walk-in = يمكنك الحضور دون موعد
card-also-in = أيضًا باللغات: { $languages }
card-whole = كل { $municipality }
card-phone = الهاتف
providers-title = كل الجهات من الألف إلى الياء
providers-lead = هنا { $count ->
        [zero] لا توجد جهات
        [one] جهة واحدة
        [two] الجهتان
        [few] كل الجهات الـ{ $count }
       *[other] كل الجهات الـ{ $count }
    }، مرتبة حسب الاسم.
letters-label = انتقل إلى حرف
letters-other = أخرى
providers-page-title = { $title }، الصفحة { $page } من { $pages }
providers-on-page = هذه الصفحة { $page } من { $pages }: الجهات من { $first } إلى { $last }.
pagination-label = الصفحات
pagination-previous = الصفحة السابقة
pagination-next = الصفحة التالية
pagination-page = الصفحة { $page }
domain-order = هي مرتبة حسب الاسم.
domain-leaflet = اطبع هذه القائمة: { $name } كمنشور (PDF، { $size })
domain-leaflet-part = اطبع هذه القائمة: { $name }، { $letters }، كمنشور (PDF، { $size })
domain-guide = اطبع { $name } من الدليل (PDF، { $size })
domain-guide-part = اطبع { $name } من الدليل، { $letters } (PDF، { $size })
domain-guide-large = اطبع { $name } من الدليل بحروف كبيرة (PDF، { $size })
domain-guide-large-part = اطبع { $name } من الدليل بحروف كبيرة، { $letters } (PDF، { $size })
domain-guide-booklet = اطبع { $name } ككتيّب (A5) (PDF، { $size })
domain-guide-booklet-part = اطبع { $name } ككتيّب (A5)، { $letters } (PDF، { $size })
domain-empty = لا توجد جهات لهذا الموضوع بعد. انظر في { $link_html } أو تواصل مع فريق التحرير.
domain-empty-link = كل الجهات
domain-empty-kiosk = لا توجد جهات لهذا الموضوع بعد.
domain-others = مواضيع أخرى
situation-who = من يستطيع مساعدتك؟
situation-choose = أنت تختار من يساعدك.
situation-words = إذا بحثت عن إحدى هذه الكلمات تصل إلى هنا أيضًا: { $words }.
situation-others = حالات أخرى

## عوامل التصفية

filters-summary = { $places ->
    [nested] التصفية: الموضوع، المكان، اللغة، طريقة التواصل
   *[other] التصفية: الموضوع، الحي، اللغة، طريقة التواصل
}
filter-topic = الموضوع
filter-neighbourhood = { $places ->
    [nested] المكان
   *[other] الحي
}
filter-language = اللغة
filter-contact = طريقة التواصل
filters-choose = اختر ما يناسبك
filters-choose-groups = اختر ما يناسبك: { $groups }
filter-group-neighbourhood = { $places ->
    [nested] المكان
   *[other] الحي
}
filter-group-language = اللغة
filter-group-contact = طريقة التواصل
list-or = { $items } أو { $last }
filter-all-neighbourhoods = { $places ->
    [nested] كل الأماكن
   *[other] كل الأحياء
}
filter-find = ابحث في القائمة
filter-find-none = لا يوجد في القائمة ما يطابق ما كتبته.
filter-language-dutch = الهولندية
filter-any = لا يهم
filter-reset = امسح اختيارك
list-none-text = { $places ->
    [nested] اختر شيئًا آخر للمكان أو اللغة أو طريقة التواصل.
   *[other] اختر شيئًا آخر للحي أو اللغة أو طريقة التواصل.
}
list-none-all = اعرض كل الجهات مرة أخرى
list-tally = الجهات التي تناسب اختيارك:

## صفحة جهة

stale-label = انتبه:
stale-text = لم يتم التحقق من هذه المعلومات منذ وقت طويل. اتصل أو أرسل بريدًا أولًا لتسأل إن كان كل شيء ما زال صحيحًا.
contact-heading = التواصل
contact-call = اتصل
contact-mail = راسل
contact-website = الموقع
contact-address = العنوان
contact-map = اعرض العنوان على الخريطة
contact-map-osm = (OpenStreetMap)
tags-label = الميزات
tag-free = مجاني
tag-independent = ليس من فريق الحي
hours-heading = متى يمكنك الذهاب؟
hours-caption = ساعات العمل لكل يوم
hours-days-two = { $first } و{ $last }
hours-days-range = من { $first } إلى { $last }
hours-time = من { $from_html } إلى { $to_html }
about-provider = ماذا تفعل { $name }
facts-heading = من المفيد أن تعرف
facts-where = أين
facts-whole = كل { $municipality }
facts-for-whom = لمن
facts-languages = اللغات
facts-contact = كيف تتواصل
facts-accessibility = سهولة الوصول
complaints-heading = الشكاوى
complaints-helps = هل لديك شكوى عن البلدية أو عن منظمة أخرى؟ { $name } تستطيع مساعدتك في شكواك.
complaints-unhappy = هل أنت غير راضٍ عن { $name }؟
complaints-at = نظام الشكاوى موجود على { $address }.
complaints-read = اقرأ { $link_html }.
complaints-link = نظام الشكاوى لدى { $name }
complaints-default = هل أنت غير راضٍ؟ قل ذلك أولًا لـ{ $name }. إذا لم تصلا إلى حل معًا، تواصل مع فريق تحرير هذا الموقع.
complaints-default-kiosk = هل أنت غير راضٍ؟ قل ذلك أولًا لـ{ $name }. إذا لم تصلا إلى حل معًا، تواصل مع فريق التحرير.
complaints-how = اقرأ كيف تقدم شكوى
reviewed = تم التحقق من هذه المعلومات في { $date_html }.
corrections-heading = هل هناك خطأ؟
corrections-text = هل تغير رقم هاتف أو عنوان أو ساعة عمل؟ أخبر فريق التحرير. سنصحح ذلك.
corrections-form = أبلغ عن خطأ في صفحة { $name }
corrections-mail = راسل فريق التحرير عن { $name }
corrections-subject = هناك خطأ: { $name }
corrections-about = عن: { $name }
corrections-page = الصفحة: { $url }
corrections-what = ما الخطأ؟

## البحث

search-title = البحث
search-hint = مثلًا: ديون، رعاية أحد أفراد العائلة، إيجار.
search-nojs = البحث يعمل فقط إذا كانت JavaScript مفعلة في متصفحك. اختر موضوعًا في الأسفل، أو انظر في { $link_html }.
search-nojs-link = كل الجهات من الألف إلى الياء
search-more = اعرض جهات أكثر
search-unfilter = ابحث دون تصفية
situation-hint-heading = هل هذا يناسب وضعك؟

## صفحات أخرى

open-data-heading = معلومات هذا الموقع
open-data-text = هل تريد استخدام قائمة المساعدين، مثلًا على موقع آخر أو في قائمتك الخاصة؟ هذا مسموح. يمكنك تنزيل كل المعلومات:
open-data-json = كل الجهات بصيغة JSON
open-data-json-note = (للمبرمجين)
open-data-csv = كل الجهات بصيغة CSV
open-data-csv-note = (لبرنامج Excel أو جدول بيانات آخر)
open-data-hsds = كل الجهات بصيغة HSDS 3.0
open-data-hsds-note = (المعيار الدولي لأدلة الخدمات)
open-data-per-municipality = حسب البلدية
open-data-municipality-json = { $municipality } بصيغة JSON
open-data-municipality-csv = { $municipality } بصيغة CSV
open-data-licence = المعلومات متاحة بموجب الترخيص { $licence_html }.
offline-heading = هذا الموقع دون إنترنت
offline-text = تستطيع مكتبة أو مركز حي أو منظمة أخرى وضع هذا الموقع كاملًا على حاسوب أو ذاكرة USB. عندها يعمل دون إنترنت، والبحث أيضًا. وفيه أيضًا نسخة لكشك بشاشة لمس.
offline-download = نزّل الموقع كاملًا (ملف zip، { $size })
offline-howto = فك ضغط الملف وافتح { $home_html }، أو { $kiosk_html } للكشك. نزّله من جديد كل أسبوع: هكذا تكون لديك أحدث المعلومات.
area-leaflets-heading = { $places ->
    [nested] منشورات حسب المكان
   *[other] منشورات حسب الحي
}
area-leaflets-text = { $places ->
    [nested] منشور بأسماء الداعمين الذين يعملون في مكان واحد: للطباعة لمكتبة المكان أو مركزه. من يساعد في كل { $municipality } تجده في المنشورات حسب الموضوع.
   *[other] منشور بأسماء الداعمين الذين يعملون في حي واحد: للطباعة لمكتبة الحي أو مركزه. من يساعد في كل { $municipality } تجده في المنشورات حسب الموضوع.
}
area-leaflet = { $name } (PDF، { $size })
area-leaflet-part = { $name }، { $letters } (PDF، { $size })
not-found-title = الصفحة غير موجودة
not-found-heading = هذه الصفحة غير موجودة
not-found-lead = ربما نُقلت الصفحة، أو لم يُكتب العنوان بشكل صحيح.
to-home = إلى الصفحة الرئيسية
not-found-all = اعرض كل الجهات من الألف إلى الياء
redirect-title = { $name } انتقلت
redirect-heading = { $name } الآن على عنوان آخر
redirect-text = يتم تحويلك الآن. ألا يحدث ذلك؟ { $link_html }.
redirect-link = اذهب إلى صفحة { $name }
redirect-bookmark = هل حفظت هذا العنوان في المفضلة؟ احفظ العنوان الجديد إذن.

## الكشك

kiosk-nav = ارجع أو ابدأ من جديد
kiosk-back = رجوع
kiosk-restart = ابدأ من جديد
kiosk-keys = لوحة مفاتيح على الشاشة
kiosk-key-space = مسافة
kiosk-key-back = امسح حرفًا
kiosk-key-clear = امسح الكل
kiosk-key-switch = حروف أخرى
kiosk-about = عن هذا الكشك
kiosk-corrections = هل هناك خطأ؟ أخبر فريق التحرير{ $how ->
        [both] : اتصل بالرقم { $phone } أو راسل { $email }
        [phone] : اتصل بالرقم { $phone }
        [email] : راسل { $email }
       *[none] {""}
    }.
kiosk-data = المعلومات بتاريخ { $date }. هذا الكشك موقع على الإنترنت أيضًا: { $url }
kiosk-idle-heading = هل ما زلت هنا؟
kiosk-idle-text = بعد { $count_html } ثانية يبدأ الكشك من جديد. وعندها يُمسح ما بحثت عنه.
kiosk-idle-stay = نعم، ما زلت هنا
kiosk-home-title = { $site }: مساعدة مجانية في { $municipality }
kiosk-home-lead = مساعد العملاء يساعدك مجانًا. أنت تختار من يساعدك.
kiosk-all-providers = { $count ->
        [one] الجهة الوحيدة
        [two] الجهتان
       *[other] كل الجهات الـ{ $count } من الألف إلى الياء
    }
kiosk-qr-alt = رمز QR: { $what }
kiosk-qr-scan = امسح الرمز بهاتفك
kiosk-contact-heading = كيف تصل إلى { $name }
kiosk-phone = الهاتف
kiosk-website = الموقع
kiosk-email = البريد الإلكتروني
kiosk-address = العنوان
kiosk-qr-website = الموقع { $address }
kiosk-qr-email = رسالة بريد إلى { $address }
kiosk-qr-map = العنوان على الخريطة
kiosk-qr-page = هذه الصفحة على { $url }
kiosk-take-heading = خذ هذه المعلومات معك
kiosk-print = اطبع هذه المعلومات
kiosk-take-scan = أو امسح الرمز بهاتفك. عندها تكون هذه الصفحة على هاتفك.
kiosk-search-nojs = البحث لا يعمل الآن. اختر موضوعًا في الأسفل.
slip-call = اتصل: { $phone }
slip-days-two = { $first } و{ $last }
slip-days-range = { $first } - { $last }
slip-website = الموقع: { $address }
slip-email = البريد الإلكتروني: { $address }
slip-scan = امسح للوصول إلى هذه الصفحة: { $url }
slip-footer = مساعدة مجانية. المعلومات بتاريخ { $date }.
slip-checked = تم التحقق في { $date }.
slip-printed = طُبع في { $date }. اتصل أولًا قبل أن تذهب.

## في المتصفح: البحث والتصفية والكشك (js-…)

js-busy = جارٍ البحث…
js-failed = البحث لا يعمل الآن: لم يمكن تحميل جزء من بيانات البحث. تحقق من اتصالك بالإنترنت وحاول مرة أخرى، أو اختر موضوعًا في الأسفل.
js-found = { $count ->
        [zero] لم يتم العثور على أي جهة.
        [one] تم العثور على جهة واحدة.
        [two] تم العثور على جهتين.
        [few] تم العثور على { $count } جهات.
       *[other] تم العثور على { $count } جهة.
    }
js-crisis-first = في الأعلى أرقام المساعدة في حالة الطوارئ.
js-none = لم يتم العثور على أي جهة.
js-none-filters = لم يتم العثور على أي جهة مع هذه التصفية. دون تصفية: { $count }.
js-none-try = لم يتم العثور على أي جهة. جرّب كلمة أخرى، أو اختر موضوعًا في الأسفل.
js-partly = لا توجد جهة تناسب كل الكلمات. { $count ->
        [one] جهة واحدة تناسب
        [two] جهتان تناسبان
        [few] { $count } جهات تناسب
       *[other] { $count } جهة تناسب
    }: { $words }.
js-situations = في الأعلى صفحة تناسب وضعك: { $titles }.
js-without-filters = دون تصفية: { $count ->
        [one] جهة واحدة
        [two] جهتان
        [few] { $count } جهات
       *[other] { $count } جهة
    } لبحثك.
js-meant-words = هل تقصد
js-meant-topics = هل تقصد
js-meant-end = ؟
js-or = أو
js-topic-count = ({ $count ->
        [one] جهة واحدة
        [two] جهتان
        [few] { $count } جهات
       *[other] { $count } جهة
    })
js-list-fits = { $count ->
        [0] لا توجد جهة من الـ{ $total } تناسب اختيارك.
        [one] جهة واحدة من الـ{ $total } تناسب اختيارك.
       *[other] { $count } من الـ{ $total } جهة تناسب اختيارك.
    }
js-kiosk-idle = هل ما زلت هنا؟ بعد { $count } ثانية يبدأ الكشك من جديد. اختر "نعم، ما زلت هنا" لتكمل.
js-kiosk-left = بقي { $count } ثانية.

## The leaflet "How to find help" (PDF, one page per language)

leaflet-title = كيف تجد المساعدة
leaflet-lead = مساعدة مجانية ومستقلة في { $municipality }. أنت تختار من يساعدك.
leaflet-step-site = اذهب إلى { $address } أو امسح الرمز بكاميرا هاتفك.
leaflet-step-search = اختر موضوعًا. أو اكتب بكلماتك ما الذي يحدث.
leaflet-step-contact = اتصل أو أرسل بريدًا إلكترونيًا أو تعال إلى المساعد الذي تختاره. المساعدة مجانية.
leaflet-qr-alt = رمز QR إلى { $address }
leaflet-edition = الطبعة: { $date }
leaflet-printed = طُبع في { $date }. قد تتغير المعلومات: اتصل أولًا قبل أن تذهب إلى أي مكان.

## قائمتي: اختيار الساكن الخاص من الجهات، للطباعة (js/site/20-my-list.js)
nav-my-list = قائمتي
js-mylist-add = أضف إلى قائمتي
js-mylist-remove = احذف من قائمتي
js-mylist-count = ({ $count })
js-mylist-added = { $name } الآن في قائمتك. عدد الجهات في القائمة: { $count }.
js-mylist-removed = { $name } لم تعد في قائمتك. { $count ->
        [0] قائمتك فارغة.
       *[other] عدد الجهات الباقية في القائمة: { $count }.
    }
js-mylist-full = قائمتك ممتلئة: تتسع لـ { $count } جهة. احذف جهة من قائمتك أولًا.
js-mylist-gone = عدد الجهات التي لم تعد في الدليل: { $count }. حُذفت من قائمتك.
js-mylist-cleared = قائمتك فارغة.
my-list-title = قائمتي
my-list-nojs = عمل قائمة خاصة بك يعمل فقط إذا كانت JavaScript مفعلة في متصفحك. يمكنك مع ذلك طباعة صفحة أي جهة. انظر في { $link_html }.
my-list-nojs-link = كل الجهات من الألف إلى الياء
my-list-private = قائمتك موجودة على هذا الجهاز فقط. لا يُرسل أي شيء إلى الإنترنت. هل تستخدم حاسوب شخص آخر؟ أفرغ القائمة عندما تنتهي.
my-list-empty = لا يوجد شيء في قائمتك بعد. { $link_html } واختر "أضف إلى قائمتي" عند المساعدة التي تريد حفظها.
my-list-empty-link = ابحث عن مساعدة
my-list-failed = لا يمكن عرض قائمتك الآن: تعذّر تحميل جزء من البيانات. قائمتك محفوظة. حاول مرة أخرى لاحقًا.
my-list-print = اطبع قائمتي
my-list-print-slip = اطبع قائمتي
my-list-clear = أفرغ قائمتي
my-list-printed = طُبعت في { $date }. قد تتغير البيانات: اتصل قبل أن تذهب إلى أي مكان.
my-list-call = اتصل:
my-list-open = مفتوح:
kiosk-my-list-nojs = عمل قائمة خاصة بك لا يعمل الآن على هذا الجهاز. اطبع بيانات الجهة في صفحتها.
kiosk-my-list-private = قائمتك لك وحدك. عندما تنتهي أو لا تفعل شيئًا لفترة، يمسحها الجهاز.
kiosk-my-list-empty = لا يوجد شيء في قائمتك بعد. اختر "أضف إلى قائمتي" عند إحدى الجهات.

## التسجيل كمقدّم دعم (aanmelden/)
signup-title = سجّل كمقدّم دعم
signup-lead = هل تساعد السكان مجانًا وباستقلالية، كمنظمة أو مجموعة متطوعين أو نقابة أو جمعية لكبار السن أو لمقدمي الرعاية أو منظمة ذاتية أو كعامل مستقل أو ببساطة كساكن مهتم؟ سجّل هنا.
signup-condition-free = مساعدتك لا تكلّف السكان شيئًا.
signup-condition-independent = أنت لا تنتمي إلى فريق الحي أو إلى البلدية.
signup-condition-review = يتحقق فريق التحرير من بياناتك، ويتواصل معك إذا لزم الأمر، ثم يضيفك إلى الدليل.
signup-private = هذه الصفحة لا تحفظ شيئًا ولا ترسل شيئًا بنفسها. عندما تنتهي، يجهّز برنامج البريد الخاص بك رسالة إلى فريق التحرير.
signup-errors-title = هناك شيء غير صحيح بعد
signup-about = عنك
signup-name = الاسم
signup-name-hint = كما يعرفك السكان، مثلًا "Buurtmaatjes Oost".
signup-summary = في جملة واحدة: ماذا تفعل؟
signup-summary-hint = { $max } حرفًا على الأكثر. مثلًا: "يساعدك متطوعون في الرسائل والاستمارات."
signup-kind = ما نوع الدعم الذي تقدّمه؟
signup-help = في ماذا تساعد؟
signup-life-domains = في أي مواضيع تساعد؟
signup-neighbourhoods = { $places ->
    [nested] في أي أماكن تعمل؟
   *[other] في أي أحياء تعمل؟
}
signup-neighbourhoods-hint = لا تختر شيئًا إذا كنت تعمل في البلدية كلها.
signup-languages = ما اللغات التي تتحدثها؟
signup-text = احكِ ما تفعله
signup-text-hint = لمن، وماذا يحدث عندما يتواصل معك أحد، وما الذي لا تفعله. جمل قصيرة وكلمات بسيطة.
signup-contact = كيف يصل إليك السكان؟
signup-contact-hint = اكتب طريقة واحدة على الأقل. هذا يظهر على الموقع.
signup-phone = الهاتف
signup-phone-hint = رقم هولندي، مثلًا 023 511 52 73 أو 06 12345678.
signup-email = البريد الإلكتروني
signup-email-hint = مثلًا info@buurtmaatjes.nl.
signup-website = الموقع الإلكتروني
signup-website-hint = العنوان كاملًا، يبدأ بـ https://.
signup-address = عنوان يمكن للسكان زيارته
signup-address-hint = اتركه فارغًا إذا لم يكن لديك عنوان للزوار.
signup-street = الشارع ورقم البيت
signup-postcode = الرمز البريدي
signup-city = المدينة
signup-contact-modes = كيف يمكن للسكان التواصل معك؟
signup-hours = متى تكون موجودًا؟
signup-hours-hint = مثلًا "الثلاثاء والخميس من 9.00 إلى 12.00، أو بموعد".
signup-accessibility = سهولة الوصول
signup-promises = ما تتعهّد به
signup-free = مساعدتي مجانية للسكان.
signup-independent = أنا لا أنتمي إلى فريق الحي أو إلى البلدية.
signup-you = بياناتك لفريق التحرير
signup-you-hint = لفريق التحرير فقط، إذا كانت لديه أسئلة. هذا لا يظهر على الموقع.
signup-sender = اسمك
signup-sender-contact = هاتفك أو بريدك الإلكتروني
signup-send = جهّز تسجيلي
signup-mail-subject = تسجيل كمقدّم دعم{ $name }
signup-done-title = اقتربت من النهاية: أرسل تسجيلك
signup-done-lead = في الأسفل تسجيلك كما سيصل إلى فريق التحرير. أرسله بالزر؛ سيفتح برنامج البريد الخاص بك والرسالة جاهزة. إذا لم ينجح ذلك، انسخ النص وأرسله بنفسك.
signup-done-mail = أرسل بالبريد الإلكتروني
signup-done-forge = افتح كملف جديد (لمن لديه حساب)
signup-done-file = تسجيلك
signup-no-address = لا يمكن التسجيل عبر هذه الصفحة بعد. تواصل مع فريق التحرير (في أسفل الصفحة).
footer-signup = سجّل كمقدّم دعم
js-signup-required = املأ هذا الحقل.
js-signup-choose = اختر واحدًا.
js-signup-choose-one = اختر واحدًا على الأقل.
js-signup-name-wrong = اكتب الاسم في سطر واحد، بالحروف.
js-signup-name-long = الاسم طويل جدًا: { $max } حرفًا على الأكثر.
js-signup-summary-long = الجملة طويلة جدًا: { $count } حرفًا، والحد { $max }.
js-signup-phone-wrong = هذا ليس رقم هاتف هولنديًا. اكتبه مثلًا هكذا 023 511 52 73.
js-signup-phone-foreign = الأرقام الهولندية فقط ممكنة: 06 أو 0800 أو رقم برمز المنطقة.
js-signup-email-wrong = هذا ليس عنوان بريد إلكتروني. اكتبه هكذا name@example.nl.
js-signup-website-https = اكتب العنوان كاملًا، يبدأ بـ https://.
js-signup-website-wrong = هذا ليس عنوان موقع. اكتبه هكذا https://www.example.nl.
js-signup-postcode-wrong = هذا ليس رمزًا بريديًا هولنديًا: أربعة أرقام وحرفان، مثل 2011 AB.
js-signup-address-whole = اكتب العنوان كاملًا: الشارع والرقم، والرمز البريدي، والمدينة.
js-signup-contact-none = اكتب طريقة واحدة على الأقل يصل بها السكان إليك.
js-signup-promises = الدليل مخصص فقط للمساعدة المجانية والمستقلة. ضع علامة على الخيارين إذا كان الأمر كذلك.
js-signup-mail-subject = تسجيل كمقدّم دعم: { $name }
js-signup-file-note = تسجيل عبر الموقع في { $date }، من: { $from }. هذا السطر لا يظهر على الموقع.
