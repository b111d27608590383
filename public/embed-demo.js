// The demo page: fills in this bot's own address, so the snippet shown is the one to paste.
(function () {
  'use strict';
  document.getElementById('snippet').textContent = '<script src="' + location.origin + '/embed.js" async></script>';
  document.getElementById('origin').textContent = location.origin;
})();
