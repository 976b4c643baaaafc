// Upload page: send the files with a progress bar, wait for the audit, open the result.
(function () {
  "use strict";
  var form = document.getElementById("upload");
  var input = document.getElementById("files");
  var drop = document.getElementById("drop");
  var chosen = document.getElementById("chosen");
  var progress = document.getElementById("progress");
  var bar = document.getElementById("bar");
  var status = document.getElementById("status");
  var message = document.getElementById("message");
  var button = document.getElementById("start");
  var timer = null;

  function names() {
    var list = [];
    for (var i = 0; i < input.files.length; i++) { list.push(input.files[i].name); }
    chosen.textContent = list.length ? "已选择：" + list.join("、") : "点击选择文件，或把文件拖到这里";
  }
  function fail(text) {
    if (timer) { clearInterval(timer); timer = null; }
    progress.hidden = true;
    message.textContent = text;
    message.hidden = false;
    button.disabled = false;
  }
  input.addEventListener("change", names);
  ["dragenter", "dragover"].forEach(function (type) {
    drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (type) {
    drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (e) { input.files = e.dataTransfer.files; names(); });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!input.files.length) { fail("请先选择要审核的报告文件。"); return; }
    message.hidden = true;
    button.disabled = true;
    progress.hidden = false;
    bar.value = 0;
    status.textContent = "正在上传……";
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); }
    };
    xhr.upload.onload = function () {
      bar.removeAttribute("value"); // indeterminate while the server audits
      var started = Date.now();
      status.textContent = "正在审核，请稍候……";
      timer = setInterval(function () {
        status.textContent = "正在审核，请稍候……已用 " + Math.round((Date.now() - started) / 1000) + " 秒";
      }, 1000);
    };
    xhr.onload = function () {
      var data = null;
      try { data = JSON.parse(xhr.responseText); } catch (e) { data = null; }
      if (xhr.status === 200 && data && data.location) {
        status.textContent = "审核完成，正在打开结果……";
        window.location.href = data.location;
      } else {
        fail((data && data.error) || "服务器没有返回结果（状态 " + xhr.status + "），请稍后重试。");
      }
    };
    xhr.onerror = function () { fail("无法连接本机审核服务：请确认 audit serve 仍在运行，然后重试。"); };
    xhr.send(new FormData(form));
  });
})();
