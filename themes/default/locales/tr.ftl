# Türkçe: web sitesinin, kioskun ve arama sayfasının sözcükleri.
#
# Hollanda'ya yeni gelmiş insanlar için sade Türkçe. { } arasında sitenin doldurduğu şey
# vardır: { $name } bir kuruluşun adı, { $count } bir sayı. Durum: proje tarafından yazıldı;
# henüz anadili Türkçe olan biri tarafından gözden geçirilmedi (docs/translation.md).

## Bu dil hakkında

language-self = Türkçe
og-locale = tr_TR

## Her sayfada

skip-to-content = İçeriğe geç
language-switch = Bir dil seçin
language-switch-short = Dil / Language
content-in-site-language = Çevirmediğimiz metinler Felemenkçe gösterilir.
skip-to-results = Arama sonuçlarına geç
to-home-page = (ana sayfaya)
search-site-label = Bu web sitesinde arayın
search-field-label = Bir kuruluş bulun
search-button = Ara
nav-main = Ana menü
nav-topics = Konular
nav-all-providers = Tüm kuruluşlar
breadcrumbs = Buradasınız
breadcrumb-home = Ana sayfa
print-page-at = Bu sayfa şu adreste: { $url } · bilgilerin tarihi: { $date }
footer-about = Bu web sitesi hakkında
footer-print = Bu rehberi yazdırın
footer-print-guide = Yazdırmak için rehberin tamamı (PDF, { $size })
footer-print-large = Büyük harflerle rehber (PDF, { $size })
footer-print-booklet = Yazdırmak için kitapçık olarak rehber (A5) (PDF, { $size })
footer-print-howto = Nasıl yardım bulursunuz: dağıtmak için 1 sayfa (PDF, { $size })
footer-print-topics = Yazdırmak için rehber: konuya göre
footer-print-towns = Yazdırmak için rehber: belediyeye göre
footer-print-region = Tüm { $region } için rehber (PDF, { $size })
footer-print-town = { $name } rehberi, yazdırmak için
towns-heading = Belediyeniz
towns-lead = Belediyenizi seçin. Orada belediyeniz için destekçileri ve yazdırılacak rehberi bulursunuz.
town-title = { $name } içinde yardım
town-lead = { $name } sakinleri için ücretsiz ve bağımsız destekçiler: { $name } içinde ve tüm { $region } bölgesinde. Size kimin yardım edeceğini siz seçersiniz.
town-print-heading = { $name } rehberi, yazdırmak için
town-providers-heading = { $name } için destekçiler
town-empty = { $name } için henüz bir kuruluş yok. { $link_html } sayfasına bakın veya editörlerle iletişime geçin.
town-region-heading = Tüm { $region } için
town-region-text = Tüm { $region } bölgesinde { $count } kuruluş yardım ediyor. Bu listede değiller, ama her konuda ve tüm kuruluşların listesinde varlar.
footer-contact = Editörlerle iletişim
footer-contact-text = Yanlış bir şey mi var? Bize bildirin.
footer-phone = Telefon:
footer-email = E-posta:
footer-email-subject = { $site } hakkında soru
crisis-label = Acil durumda yardım
crisis-line-lead = Acil durum veya tehlike mi?
crisis-heading = Şimdi yardıma mı ihtiyacınız var?
front-door-heading = Nereden başlayacağınızı bilmiyor musunuz?
front-door-call = Arayın:
choose-topic = Bir konu seçin
list-comma = ,

## Kuruluşların dosyalarındaki değerler için sözcükler

kind-organisation = Kuruluş
kind-volunteer-organisation = Gönüllü kuruluşu
kind-self-employed = Serbest çalışan destekçi
kind-union = Sendika
kind-interest-group = Dernek
contact-mode-walk-in = Randevusuz gelebilirsiniz
contact-mode-phone = Telefon
contact-mode-email = E-posta
contact-mode-home-visit = Evinizde ziyaret
contact-mode-video = Görüntülü görüşme
contact-mode-chat = Sohbet (chat)
accessibility-wheelchair-accessible = Tekerlekli sandalye ile girilebilir
accessibility-accessible-toilet = Engelli tuvaleti
accessibility-lift = Asansör var
accessibility-disabled-parking = Engelliler için otopark
accessibility-hearing-loop = İşitme cihazı kullananlar için indüksiyon döngüsü
accessibility-sign-language = İşaret dili tercümanı mümkün
accessibility-easy-language = Kolay dille açıklama
accessibility-assistance-dogs-welcome = Yardımcı köpekler girebilir
day-monday = Pazartesi
day-tuesday = Salı
day-wednesday = Çarşamba
day-thursday = Perşembe
day-friday = Cuma
day-saturday = Cumartesi
day-sunday = Pazar
date = { $day } { $month ->
        [1] Ocak
        [2] Şubat
        [3] Mart
        [4] Nisan
        [5] Mayıs
        [6] Haziran
        [7] Temmuz
        [8] Ağustos
        [9] Eylül
        [10] Ekim
        [11] Kasım
       *[12] Aralık
    } { $year }
providers-count = { $count } kuruluş
providers-help = Bu konuda { $count } kuruluş yardım ediyor.

## Ana sayfa

home-title = { $site }: { $municipality } şehrinde ücretsiz, bağımsız yardım
home-heading = Sorularınız için ücretsiz yardım bulun
home-lead = Para, iş, konut, bakım veya başka bir konuda sorunuz mu var? Bir danışan destekçisi size yardım eder. Bu ücretsizdir. Size kimin yardım edeceğini siz seçersiniz.
search-question = Ne konuda yardım arıyorsunuz?
search-hint-home = Kendi sözlerinizle yazın. Örneğin: borç, yalnızlık veya kira.
situations-heading = Sizin durumunuz ne?
topics-heading = Sorunuz ne hakkında?
topics-heading-or = Ya da bir konu seçin
home-all-providers = A'dan Z'ye { $count } kuruluşun hepsine bakın
about-heading = Danışan destekçisi ne yapar?
about-intro = Danışan destekçisi sizin yanınızdadır. Mahalle ekibi için çalışmaz ve alacağınız yardıma karar vermez. Bir destekçi şunları yapabilir:
about-can-1 = sorunuzun ne olduğunu sizinle birlikte bulmak;
about-can-2 = hangi haklarınız olduğunu açıklamak;
about-can-3 = bir görüşmeye, örneğin belediye ile, sizinle birlikte gitmek;
about-can-4 = bir şikâyetiniz varsa size yardım etmek.
about-free = Yardım ücretsizdir. Bu sitede kuruluşlar, gönüllüler, sendikalar, yaşlı ve bakım veren dernekleri ve serbest çalışan destekçiler var. Ada göre sıralıdırlar. Burada yer almak için kimse para ödemez.

## Kuruluş listeleri

card-walk-in = Randevusuz gelebilirsiniz
card-also-in = Şu dillerde de: { $languages }
card-whole = tüm { $municipality }
card-phone = Telefon
providers-title = A'dan Z'ye tüm kuruluşlar
providers-lead = Burada { $count } kuruluşun hepsi ada göre sıralı.
letters-label = Bir harfe gidin
letters-other = Diğer
providers-page-title = { $title }, sayfa { $page } / { $pages }
providers-on-page = Bu, { $pages } sayfanın { $page }. sayfası: { $first } ile { $last } arasındaki kuruluşlar.
pagination-label = Sayfalar
pagination-previous = Önceki sayfa
pagination-next = Sonraki sayfa
pagination-page = Sayfa { $page }
domain-order = Ada göre sıralıdırlar.
domain-leaflet = Bu listeyi yazdırın: broşür olarak { $name } (PDF, { $size })
domain-leaflet-part = Bu listeyi yazdırın: broşür olarak { $name }, { $letters } (PDF, { $size })
domain-guide = Rehberden { $name } bölümünü yazdırın (PDF, { $size })
domain-guide-part = Rehberden { $name } bölümünü yazdırın, { $letters } (PDF, { $size })
domain-guide-large = Rehberden { $name } bölümünü büyük harflerle yazdırın (PDF, { $size })
domain-guide-large-part = Rehberden { $name } bölümünü büyük harflerle yazdırın, { $letters } (PDF, { $size })
domain-guide-booklet = { $name } bölümünü kitapçık olarak yazdırın (A5) (PDF, { $size })
domain-guide-booklet-part = { $name } bölümünü kitapçık olarak yazdırın (A5), { $letters } (PDF, { $size })
domain-empty = Bu konu için henüz kuruluş yok. { $link_html } bakın veya editörlerle iletişime geçin.
domain-empty-link = Tüm kuruluşlara
domain-empty-kiosk = Bu konu için henüz kuruluş yok.
domain-others = Diğer konular
situation-who = Size kim yardım edebilir?
situation-choose = Size kimin yardım edeceğini siz seçersiniz.
situation-words = Bu sözcüklerden birini ararsanız da buraya gelirsiniz: { $words }.
situation-others = Diğer durumlar

## Filtreler

filters-summary = { $places ->
    [nested] Filtreler: konu, yer, dil ve iletişim
   *[other] Filtreler: konu, mahalle, dil ve iletişim
}
filter-topic = Konu
filter-neighbourhood = { $places ->
    [nested] Yer
   *[other] Mahalle
}
filter-language = Dil
filter-contact = İletişim yolu
filters-choose = Size uygun olanı seçin
filters-choose-groups = Size uygun olanı seçin: { $groups }
filter-group-neighbourhood = { $places ->
    [nested] yer
   *[other] mahalle
}
filter-group-language = dil
filter-group-contact = iletişim yolu
list-or = { $items } veya { $last }
filter-all-neighbourhoods = { $places ->
    [nested] Tüm yerler
   *[other] Tüm mahalleler
}
filter-find = Listede ara
filter-find-none = Listede yazdığınıza uyan bir şey yok.
filter-language-dutch = Felemenkçe
filter-any = Fark etmez
filter-reset = Seçiminizi silin
list-none-text = { $places ->
    [nested] Yer, dil veya iletişim yolu için başka bir şey seçin.
   *[other] Mahalle, dil veya iletişim yolu için başka bir şey seçin.
}
list-none-all = Tüm kuruluşları yeniden gösterin
list-tally = Seçiminize uyan kuruluşlar:

## Bir kuruluşun sayfası

stale-label = Dikkat:
stale-text = bu bilgiler uzun zamandır kontrol edilmedi. Her şeyin hâlâ doğru olup olmadığını sormak için önce arayın veya e-posta gönderin.
contact-heading = İletişim
contact-call = Arayın
contact-mail = E-posta
contact-website = Web sitesi
contact-address = Adres
contact-map = Adresi haritada görün
contact-map-osm = (OpenStreetMap)
tags-label = Özellikler
tag-free = Ücretsiz
tag-independent = Mahalle ekibine bağlı değil
hours-heading = Ne zaman gidebilirsiniz?
hours-caption = Günlere göre açılış saatleri
hours-days-two = { $first } ve { $last }
hours-days-range = { $first } - { $last } arası
hours-time = { $from_html } - { $to_html } arası
about-provider = { $name } ne yapar
facts-heading = Bilmeniz gerekenler
facts-where = Nerede
facts-whole = Tüm { $municipality }
facts-for-whom = Kimin için
facts-languages = Diller
facts-contact = Nasıl iletişime geçebilirsiniz
facts-accessibility = Erişilebilirlik
complaints-heading = Şikâyetler
complaints-helps = Belediye veya başka bir kuruluş hakkında şikâyetiniz mi var? { $name } şikâyetinizde size yardım edebilir.
complaints-unhappy = { $name } hizmetinden memnun değil misiniz?
complaints-at = Şikâyet yönetmeliği şu adreste: { $address }.
complaints-read = { $link_html } okuyun.
complaints-link = { $name } şikâyet yönetmeliğini
complaints-default = Memnun değil misiniz? Önce { $name } ile konuşun. Birlikte çözemezseniz bu web sitesinin editörleriyle iletişime geçin.
complaints-default-kiosk = Memnun değil misiniz? Önce { $name } ile konuşun. Birlikte çözemezseniz editörlerle iletişime geçin.
complaints-how = Şikâyet etmenin nasıl işlediğini okuyun
reviewed = Bu bilgiler { $date_html } tarihinde kontrol edildi.
corrections-heading = Yanlış bir şey mi var?
corrections-text = Bir telefon numarası, adres veya açılış saati değişti mi? Editörlere bildirin. Biz de düzeltiriz.
corrections-form = { $name } hakkında bir hata bildirin
corrections-mail = { $name } hakkında editörlere e-posta gönderin
corrections-subject = Yanlış bir şey var: { $name }
corrections-about = Hakkında: { $name }
corrections-page = Sayfa: { $url }
corrections-what = Ne yanlış?

## Arama

search-title = Ara
search-hint = Örneğin: borç, bakım veya kira.
search-nojs = Arama yalnızca tarayıcınızda JavaScript açıksa çalışır. Aşağıdan bir konu seçin veya { $link_html } bakın.
search-nojs-link = A'dan Z'ye tüm kuruluşlara
search-more = Daha fazla kuruluş gösterin
search-unfilter = Filtresiz arayın
situation-hint-heading = Bu size uyuyor mu?

## Diğer sayfalar

open-data-heading = Bu web sitesinin bilgileri
open-data-text = Destekçi listesini, örneğin başka bir web sitesinde veya kendi listenizde kullanmak mı istiyorsunuz? Kullanabilirsiniz. Tüm bilgileri indirebilirsiniz:
open-data-json = JSON olarak tüm kuruluşlar
open-data-json-note = (programcılar için)
open-data-csv = CSV olarak tüm kuruluşlar
open-data-csv-note = (Excel veya başka bir tablo programı için)
open-data-hsds = HSDS 3.0 olarak tüm kuruluşlar
open-data-hsds-note = (hizmet rehberleri için uluslararası standart)
open-data-per-municipality = Belediyeye göre
open-data-municipality-json = { $municipality } (JSON)
open-data-municipality-csv = { $municipality } (CSV)
open-data-licence = Bilgiler { $licence_html } lisansı altındadır.
offline-heading = İnternetsiz bu web sitesi
offline-text = Bir kütüphane, mahalle merkezi veya başka bir kuruluş bu web sitesinin tamamını bir bilgisayara veya USB belleğe koyabilir. Site o zaman internetsiz çalışır, arama da. Dokunmatik ekranlı bir kiosk için bir sürüm de içindedir.
offline-download = Web sitesinin tamamını indirin (zip dosyası, { $size })
offline-howto = Dosyayı açın ve { $home_html } dosyasını, kiosk için { $kiosk_html } dosyasını açın. Her hafta yeniden indirin: böylece en yeni bilgilere sahip olursunuz.
area-leaflets-heading = { $places ->
    [nested] Yere göre broşürler
   *[other] Mahalleye göre broşürler
}
area-leaflets-text = { $places ->
    [nested] Bir yerde çalışan destekçilerin broşürü: oradaki kütüphane veya mahalle evi için yazdırmak üzere. Tüm { $municipality } için yardım edenler konu broşürlerindedir.
   *[other] Bir mahallede çalışan destekçilerin broşürü: oradaki kütüphane veya mahalle evi için yazdırmak üzere. Tüm { $municipality } için yardım edenler konu broşürlerindedir.
}
area-leaflet = { $name } (PDF, { $size })
area-leaflet-part = { $name }, { $letters } (PDF, { $size })
not-found-title = Sayfa bulunamadı
not-found-heading = Bu sayfa yok
not-found-lead = Sayfa taşınmış olabilir veya adres doğru yazılmamış olabilir.
to-home = Ana sayfaya gidin
not-found-all = A'dan Z'ye tüm kuruluşlara bakın
redirect-title = { $name } taşındı
redirect-heading = { $name } artık başka bir adreste
redirect-text = Yönlendiriliyorsunuz. Olmuyor mu? { $link_html }.
redirect-link = { $name } sayfasına gidin
redirect-bookmark = Bu adresi yer imi olarak mı kaydettiniz? O zaman yeni adresi kaydedin.

## Kiosk

kiosk-nav = Geri gidin veya yeniden başlayın
kiosk-back = Geri
kiosk-restart = Yeniden başla
kiosk-keys = Ekran klavyesi
kiosk-key-space = boşluk
kiosk-key-back = bir harf sil
kiosk-key-clear = hepsini sil
kiosk-key-switch = diğer harfler
kiosk-about = Bu kiosk hakkında
kiosk-corrections = Yanlış bir şey mi var? Editörlere söyleyin{ $how ->
        [both] : { $phone } numarasını arayın veya { $email } adresine yazın
        [phone] : { $phone } numarasını arayın
        [email] : { $email } adresine yazın
       *[none] {""}
    }.
kiosk-data = Bilgilerin tarihi: { $date }. Bu kiosk aynı zamanda bir web sitesidir: { $url }
kiosk-idle-heading = Hâlâ burada mısınız?
kiosk-idle-text = { $count_html } saniye sonra kiosk yeniden başlar. Aradığınız şey o zaman silinir.
kiosk-idle-stay = Evet, hâlâ buradayım
kiosk-home-title = { $site }: { $municipality } şehrinde ücretsiz yardım
kiosk-home-lead = Bir danışan destekçisi size ücretsiz yardım eder. Size kimin yardım edeceğini siz seçersiniz.
kiosk-all-providers = A'dan Z'ye { $count } kuruluşun hepsi
kiosk-qr-alt = QR kodu: { $what }
kiosk-qr-scan = Telefonunuzla tarayın
kiosk-contact-heading = { $name } ile nasıl iletişime geçersiniz
kiosk-phone = Telefon
kiosk-website = Web sitesi
kiosk-email = E-posta
kiosk-address = Adres
kiosk-qr-website = { $address } web sitesi
kiosk-qr-email = { $address } adresine bir e-posta
kiosk-qr-map = haritada adres
kiosk-qr-page = { $url } adresindeki bu sayfa
kiosk-take-heading = Bu bilgileri yanınıza alın
kiosk-print = Bu bilgileri yazdırın
kiosk-take-scan = Ya da kodu telefonunuzla tarayın. O zaman bu sayfa telefonunuzda olur.
kiosk-search-nojs = Arama şu anda çalışmıyor. Aşağıdan bir konu seçin.
slip-call = Arayın: { $phone }
slip-days-two = { $first } ve { $last }
slip-days-range = { $first } - { $last }
slip-website = Web sitesi: { $address }
slip-email = E-posta: { $address }
slip-scan = Bu sayfa için tarayın: { $url }
slip-footer = Ücretsiz yardım. Bilgilerin tarihi: { $date }.
slip-checked = { $date } tarihinde kontrol edildi.
slip-printed = { $date } tarihinde basıldı. Gitmeden önce arayın.

## Tarayıcıda: arama, filtreler ve kiosk (js-…)

js-busy = Aranıyor…
js-failed = Arama şu anda çalışmıyor: arama bilgilerinin bir kısmı yüklenemedi. İnternet bağlantınızı kontrol edip yeniden deneyin veya aşağıdan bir konu seçin.
js-found = { $count } kuruluş bulundu.
js-crisis-first = En üstte acil durum yardım numaraları var.
js-none = Kuruluş bulunamadı.
js-none-filters = Bu filtrelerle kuruluş bulunamadı. Filtresiz: { $count }.
js-none-try = Kuruluş bulunamadı. Başka bir sözcük deneyin veya aşağıdan bir konu seçin.
js-partly = Hiçbir kuruluş tüm sözcüklere uymuyor. { $count } kuruluş şunlara uyuyor: { $words }.
js-situations = En üstte size uyan bir sayfa var: { $titles }.
js-without-filters = Filtresiz: aramanız için { $count } kuruluş.
js-meant-words = Şunu mu demek istediniz:
js-meant-topics = Şunu mu demek istiyorsunuz:
js-meant-end = ?
js-or = veya
js-topic-count = ({ $count } kuruluş)
js-list-fits = { $count ->
        [0] { $total } kuruluştan hiçbiri seçiminize uymuyor.
       *[other] { $total } kuruluştan { $count } tanesi seçiminize uyuyor.
    }
js-kiosk-idle = Hâlâ burada mısınız? { $count } saniye sonra kiosk yeniden başlar. Devam etmek için "Evet, hâlâ buradayım" seçin.
js-kiosk-left = { $count } saniye kaldı.

## The leaflet "How to find help" (PDF, one page per language)

leaflet-title = Nasıl yardım bulursunuz
leaflet-lead = { $municipality }: ücretsiz ve bağımsız yardım. Size kimin yardım edeceğini siz seçersiniz.
leaflet-step-site = { $address } adresine gidin ya da telefonunuzun kamerasıyla kodu tarayın.
leaflet-step-search = Bir konu seçin. Ya da neler olduğunu kendi kelimelerinizle yazın.
leaflet-step-contact = Seçtiğiniz destekçiyi arayın, e-posta gönderin ya da ona uğrayın. Yardım ücretsizdir.
leaflet-qr-alt = { $address } adresine giden QR kodu
leaflet-edition = Baskı: { $date }
leaflet-printed = { $date } tarihinde basıldı. Bilgiler değişebilir: bir yere gitmeden önce arayın.

## Listem: sakinin kendi seçtiği kuruluşlar, yazdırmak için (js/site/20-my-list.js)
nav-my-list = Listem
js-mylist-add = Listeme ekle
js-mylist-remove = Listemden çıkar
js-mylist-count = ({ $count })
js-mylist-added = { $name } artık listenizde. { $count ->
        [one] Listede 1 kuruluş var.
       *[other] Listede { $count } kuruluş var.
    }
js-mylist-removed = { $name } artık listenizde değil. { $count ->
        [0] Listeniz boş.
        [one] Listede 1 kuruluş kaldı.
       *[other] Listede { $count } kuruluş kaldı.
    }
js-mylist-full = Listeniz dolu: en fazla { $count } kuruluş eklenebilir. Önce listeden birini çıkarın.
js-mylist-gone = { $count ->
        [one] 1 kuruluş artık rehberde yok. Listenizden çıkarıldı.
       *[other] { $count } kuruluş artık rehberde yok. Listenizden çıkarıldılar.
    }
js-mylist-cleared = Listeniz boş.
my-list-title = Listem
my-list-nojs = Kendi listenizi yapmak için tarayıcınızda JavaScript açık olmalı. Bir kuruluşun sayfasını yine de yazdırabilirsiniz. Bakın: { $link_html }.
my-list-nojs-link = A'dan Z'ye tüm kuruluşlar
my-list-private = Listeniz yalnızca bu cihazda. İnternete hiçbir şey gönderilmez. Başkasının bilgisayarını mı kullanıyorsunuz? İşiniz bitince listeyi boşaltın.
my-list-empty = Listenizde henüz bir şey yok. { $link_html } ve saklamak istediğiniz yardımda "Listeme ekle"yi seçin.
my-list-empty-link = Yardım arayın
my-list-failed = Listeniz şu anda gösterilemiyor: verilerin bir kısmı yüklenemedi. Listeniz saklanıyor. Lütfen daha sonra tekrar deneyin.
my-list-print = Listemi yazdır
my-list-print-slip = Listemi yazdır
my-list-clear = Listemi boşalt
my-list-printed = Yazdırma tarihi: { $date }. Bilgiler değişebilir: bir yere gitmeden önce arayın.
my-list-call = Arayın:
my-list-open = Açık:
kiosk-my-list-nojs = Bu kioskta şu anda kendi listenizi yapamazsınız. Bir kuruluşun bilgilerini kendi sayfasında yazdırın.
kiosk-my-list-private = Listeniz yalnızca sizin için. İşiniz bitince veya bir süre bir şey yapmazsanız kiosk onu siler.
kiosk-my-list-empty = Listenizde henüz bir şey yok. Bir kuruluşta "Listeme ekle"yi seçin.

## Destek veren olarak kaydolun (aanmelden/)
signup-title = Destek veren olarak kaydolun
signup-lead = Kuruluş, gönüllü grubu, sendika, yaşlılar veya bakım verenler derneği, öz örgüt, serbest çalışan ya da sadece ilgili bir komşu olarak sakinlere ücretsiz ve bağımsız yardım ediyor musunuz? Buradan kaydolun.
signup-condition-free = Yardımınız sakinlere hiçbir şeye mal olmaz.
signup-condition-independent = Bir mahalle ekibine veya belediyeye bağlı değilsiniz.
signup-condition-review = Editörler bilgilerinizi kontrol eder, gerekirse sizinle iletişime geçer ve sonra sizi rehbere ekler.
signup-private = Bu sayfa kendisi hiçbir şey saklamaz veya göndermez. Bitirdiğinizde kendi e-posta programınız editörlere bir mesaj hazırlar.
signup-errors-title = Bir şey henüz doğru değil
signup-about = Hakkınızda
signup-name = Ad
signup-name-hint = Sakinlerin sizi tanıdığı ad, örneğin "Buurtmaatjes Oost".
signup-summary = Tek cümleyle: ne yapıyorsunuz?
signup-summary-hint = En fazla { $max } karakter. Örneğin: "Gönüllüler mektuplar ve formlar konusunda size yardım eder."
signup-kind = Ne tür bir destek verensiniz?
signup-help = Ne konuda yardım ediyorsunuz?
signup-life-domains = Hangi konularda yardım ediyorsunuz?
signup-neighbourhoods = { $places ->
    [nested] Hangi yerlerde çalışıyorsunuz?
   *[other] Hangi mahallelerde çalışıyorsunuz?
}
signup-neighbourhoods-hint = Bütün belediyede çalışıyorsanız hiçbirini seçmeyin.
signup-languages = Hangi dilleri konuşuyorsunuz?
signup-text = Ne yaptığınızı anlatın
signup-text-hint = Kimin için, biri sizinle iletişime geçince ne oluyor ve ne yapmıyorsunuz. Kısa cümleler, basit kelimeler.
signup-contact = Sakinler size nasıl ulaşır?
signup-contact-hint = En az bir yol yazın. Bu bilgi web sitesinde yer alır.
signup-phone = Telefon
signup-phone-hint = Hollanda numarası, örneğin 023 511 52 73 veya 06 12345678.
signup-email = E-posta
signup-email-hint = Örneğin info@buurtmaatjes.nl.
signup-website = Web sitesi
signup-website-hint = Adresin tamamı, başında https:// ile.
signup-address = Sakinlerin uğrayabileceği adres
signup-address-hint = Ziyaretçiler için adresiniz yoksa boş bırakın.
signup-street = Sokak ve numara
signup-postcode = Posta kodu
signup-city = Yer
signup-contact-modes = Sakinler sizinle nasıl iletişime geçebilir?
signup-hours = Ne zaman oradasınız?
signup-hours-hint = Örneğin "Salı ve perşembe 9.00 ile 12.00 arası veya randevuyla".
signup-accessibility = Erişilebilirlik
signup-promises = Söz verdikleriniz
signup-free = Yardımım sakinler için ücretsizdir.
signup-independent = Bir mahalle ekibine veya belediyeye bağlı değilim.
signup-you = Editörler için bilgileriniz
signup-you-hint = Sadece sorusu olursa editörler için. Bu, web sitesinde yer almaz.
signup-sender = Adınız
signup-sender-contact = Telefonunuz veya e-postanız
signup-send = Kaydımı hazırla
signup-mail-subject = Destek veren olarak kayıt{ $name }
signup-done-title = Neredeyse bitti: kaydınızı gönderin
signup-done-lead = Aşağıda kaydınız, editörlerin alacağı hâliyle duruyor. Düğmeyle gönderin; e-posta programınız mesaj hazır olarak açılır. Bu olmazsa metni kopyalayıp kendiniz e-postayla gönderin.
signup-done-mail = E-postayla gönder
signup-done-forge = Yeni dosya olarak aç (hesabı olanlar için)
signup-done-file = Kaydınız
signup-no-address = Bu sayfadan henüz kaydolunamıyor. Editörlerle iletişime geçin (sayfanın altında).
footer-signup = Destek veren olarak kaydolun
js-signup-required = Bunu doldurun.
js-signup-choose = Birini seçin.
js-signup-choose-one = En az birini seçin.
js-signup-name-wrong = Adı tek satırda, harflerle yazın.
js-signup-name-long = Ad çok uzun: en fazla { $max } karakter.
js-signup-summary-long = Cümle çok uzun: { $count } karakter, en fazla { $max }.
js-signup-phone-wrong = Bu bir Hollanda telefon numarası değil. Örneğin 023 511 52 73 olarak yazın.
js-signup-phone-foreign = Sadece Hollanda numaraları olur: 06, 0800 veya alan kodlu bir numara.
js-signup-email-wrong = Bu bir e-posta adresi değil. ad@ornek.nl olarak yazın.
js-signup-website-https = Adresin tamamını, başında https:// ile yazın.
js-signup-website-wrong = Bu bir web adresi değil. https://www.ornek.nl olarak yazın.
js-signup-postcode-wrong = Bu bir Hollanda posta kodu değil: 2011 AB gibi dört rakam ve iki harf.
js-signup-address-whole = Adresin tamamını yazın: sokak ve numara, posta kodu ve yer.
js-signup-contact-none = Sakinlerin size ulaşabileceği en az bir yol yazın.
js-signup-promises = Rehber yalnızca ücretsiz ve bağımsız yardım içindir. Öyleyse ikisini de işaretleyin.
js-signup-mail-subject = Destek veren olarak kayıt: { $name }
js-signup-file-note = { $date } tarihinde web sitesi üzerinden kayıt, gönderen: { $from }. Bu satır web sitesinde yer almaz.
