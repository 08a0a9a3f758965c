/* A long list of choices (places, languages) gets a field to find one by typing: the
 * template writes it hidden, for pages that run this. Letters are compared without their
 * accents ("Zuidoost" finds "Zuid-Oost" only as typed; "Mezen" finds "Mézen"); a choice
 * that is checked always stays in sight. Every word it shows comes from the page. */
(function () {
  'use strict';
  var fold = function (s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); };
  document.querySelectorAll('.find').forEach(function (box) {
    var field = box.querySelector('.find__field');
    var list = field && document.getElementById(field.getAttribute('data-find'));
    var none = box.querySelector('.find__none');
    if (!list) return;
    box.hidden = false;
    field.addEventListener('input', function () {
      var q = fold(field.value.trim()), found = 0;
      list.querySelectorAll('li').forEach(function (li) {
        var input = li.querySelector('input');
        var fits = !q || fold(li.textContent).indexOf(q) >= 0;
        li.hidden = !fits && !(input && input.checked);
        if (fits) found++;
      });
      none.hidden = found > 0;
    });
  });
})();
