// Progressive enhancement: title suggestions in the search box's datalist.
// The search works without it.
(function () {
  const input = document.querySelector("input[data-autocomplete]");
  if (!input || !window.fetch) return;
  const list = document.getElementById(input.getAttribute("list"));
  let timer = null;
  let controller = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) return;
    timer = setTimeout(function () {
      if (controller) controller.abort();
      controller = new AbortController();
      const url = input.dataset.autocomplete + "&q=" + encodeURIComponent(text);
      fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) {
          list.replaceChildren(...data.results.map(function (item) {
            const option = document.createElement("option");
            option.value = item.title;
            return option;
          }));
        })
        .catch(function () {});
    }, 150);
  });
})();
