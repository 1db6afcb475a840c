// Draws the charts whose data the page carries in <script type="application/json">.
// Each chart repeats a table on the same page, so nothing is said by colour or shape alone.
(function () {
  "use strict";
  if (!window.Chart) { return; }
  var colours = ["#1b5e20", "#0d47a1", "#b71c1c"];
  var dashes = [[], [6, 4], [2, 3]];
  var rtl = document.documentElement.dir === "rtl";
  document.querySelectorAll("script.chart-data").forEach(function (node) {
    var spec = JSON.parse(node.textContent);
    var canvas = document.getElementById(node.dataset.canvas);
    if (!canvas) { return; }
    var datasets = spec.series.map(function (s, i) {
      return {
        label: s.label, data: s.data, borderColor: colours[i % 3],
        backgroundColor: colours[i % 3], borderDash: dashes[i % 3],
        pointStyle: ["circle", "rect", "triangle"][i % 3], pointRadius: 5, spanGaps: true
      };
    });
    new window.Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: datasets },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        plugins: { legend: { rtl: rtl, labels: { usePointStyle: true } },
                   title: { display: true, text: spec.title },
                   tooltip: { rtl: rtl } },
        scales: { x: { reverse: rtl }, y: { beginAtZero: spec.type === "bar", suggestedMax: spec.max || 100 } }
      }
    });
  });
})();
