// Listings and the site search: the filters are a disclosure, closed on
// small screens so that the results come first; on wide screens they sit
// beside the results, so open them there. Only ever opens: a reader who
// closed them keeps them closed. No script, no harm: the disclosure works.
(function () {
    "use strict";
    var wide = window.matchMedia("(min-width: 56rem)");
    function openOnWideScreens() {
        if (!wide.matches) {
            return;
        }
        document.querySelectorAll("details[data-open-wide]").forEach(function (details) {
            details.open = true;
        });
    }
    openOnWideScreens();
    wide.addEventListener("change", openOnWideScreens);
})();
