// The booking form: "Add another participant" adds a row in place (the
// formset's empty row, kept in a <template>) and moves the focus to its
// first field. Without this script the same button asks the server for the
// form again with one more row: nothing depends on it.
(function () {
    "use strict";
    var button = document.querySelector("[data-add-participant]");
    var template = document.getElementById("participant-template");
    var list = document.querySelector("[data-participants]");
    if (!button || !template || !list) {
        return;
    }
    var total = list.querySelector("input[name$='-TOTAL_FORMS']");
    var maximum = list.querySelector("input[name$='-MAX_NUM_FORMS']");
    button.addEventListener("click", function (event) {
        var index = parseInt(total.value, 10);
        if (maximum && index >= parseInt(maximum.value, 10)) {
            return; // the server says there are too many
        }
        event.preventDefault();
        var html = template.innerHTML
            .replace(/__prefix__/g, String(index))
            .replace(/__number__/g, String(index + 1));
        var holder = document.createElement("div");
        holder.innerHTML = html.trim();
        var row = holder.firstElementChild;
        list.appendChild(row);
        total.value = String(index + 1);
        var first = row.querySelector("input:not([type='hidden']), select");
        if (first) {
            first.focus();
        }
    });
})();
