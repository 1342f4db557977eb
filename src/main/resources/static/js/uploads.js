// Upload widgets of photo, video and file slots. With this script a chosen file is sent at once as
// the request body, with a progress bar, and its thumbnail replaces the form; without it the same
// widgets post a multipart form and the page comes back showing the upload.
(() => {
  "use strict";

  const csrfHeaders = () => {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { [header.content]: token.content } : {};
  };

  const withQuery = (url, params) => url + (url.includes("?") ? "&" : "?") + params.toString();

  const fill = (text, values) =>
    Object.entries(values).reduce((result, [key, value]) => result.split(key).join(String(value)), text || "");

  /** Sends the file as the raw body, reporting progress in percent; resolves with status and JSON body. */
  const send = (url, file, onProgress) =>
    new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", url);
      Object.entries(csrfHeaders()).forEach(([name, value]) => xhr.setRequestHeader(name, value));
      xhr.setRequestHeader("Accept", "application/json");
      xhr.setRequestHeader("Content-Type", file.type || "application/octet-stream");
      xhr.upload.addEventListener("progress", (event) => {
        if (event.lengthComputable && event.total > 0) {
          onProgress(Math.min(100, Math.round((event.loaded * 100) / event.total)));
        }
      });
      xhr.addEventListener("load", () => {
        let body = null;
        try {
          body = JSON.parse(xhr.responseText);
        } catch (e) {
          body = null;
        }
        resolve({ status: xhr.status, body });
      });
      xhr.addEventListener("error", () => resolve({ status: 0, body: null }));
      xhr.addEventListener("abort", () => resolve({ status: 0, body: null }));
      xhr.send(file);
    });

  const post = async (url) => {
    try {
      const response = await fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: { ...csrfHeaders(), Accept: "application/json" },
      });
      let body = null;
      if (response.status !== 204) {
        body = await response.json().catch(() => null);
      }
      return { status: response.status, body };
    } catch (e) {
      return { status: 0, body: null };
    }
  };

  const parts = (widget) => {
    const find = (name) => widget.querySelector(`[data-upload-${name}]`);
    return {
      input: find("input"),
      value: find("value"),
      current: find("current"),
      picker: find("picker"),
      thumb: find("thumb"),
      label: find("label"),
      quality: find("quality"),
      progress: find("progress"),
      percent: find("percent"),
      status: find("status"),
      error: find("error"),
      marketing: find("marketing"),
      submit: find("submit"),
      replace: find("replace"),
    };
  };

  const showError = (widget, message) => {
    const p = parts(widget);
    if (p.error) {
      p.error.textContent = message;
    }
    if (p.input) {
      p.input.classList.add("is-invalid");
      p.input.setAttribute("aria-invalid", "true");
    }
  };

  const clearError = (widget) => {
    const p = parts(widget);
    if (p.error) {
      p.error.textContent = "";
    }
    if (p.input) {
      p.input.classList.remove("is-invalid");
      p.input.removeAttribute("aria-invalid");
    }
  };

  /** Shows a stored upload: thumbnail or file name, and the print-quality hint. */
  const showUpload = (widget, upload) => {
    const p = parts(widget);
    if (p.value) {
      p.value.value = upload.materialId;
    }
    if (p.label) {
      p.label.textContent = upload.label;
    }
    if (p.thumb) {
      if (upload.thumbnailUrl) {
        p.thumb.src = upload.thumbnailUrl;
        p.thumb.alt = fill(widget.dataset.msgAlt, { "%LABEL%": upload.label });
        p.thumb.hidden = false;
      } else {
        p.thumb.removeAttribute("src");
        p.thumb.hidden = true;
      }
    }
    if (p.quality) {
      const known = upload.dpi !== null && upload.dpi !== undefined;
      const low = upload.quality === "LOW";
      p.quality.hidden = !known;
      p.quality.textContent = known ? (low ? upload.message : fill(widget.dataset.msgGood, { "%DPI%": upload.dpi })) : "";
      p.quality.classList.toggle("upload-warning", low);
      p.quality.classList.toggle("text-body-secondary", !low);
    }
    if (p.current) {
      p.current.hidden = false;
    }
    if (p.picker && p.replace) {
      p.picker.hidden = true;
    }
  };

  const uploadFile = async (widget, file) => {
    const p = parts(widget);
    clearError(widget);
    const bar = p.progress ? p.progress.querySelector("progress") : null;
    const setProgress = (percent) => {
      if (bar) {
        bar.value = percent;
      }
      if (p.percent) {
        p.percent.textContent = `${percent}\u202f%`;
      }
    };
    setProgress(0);
    if (p.progress) {
      p.progress.hidden = false;
    }
    if (p.status) {
      p.status.textContent = widget.dataset.msgUploading || "";
    }
    widget.setAttribute("aria-busy", "true");
    p.input.disabled = true;

    const params = new URLSearchParams({ filename: file.name });
    if (p.marketing && p.marketing.checked) {
      params.set("marketing", "true");
    }
    if (p.value && p.value.value) {
      params.set("replaces", p.value.value);
    }
    const result = await send(withQuery(widget.dataset.uploadUrl, params), file, setProgress);

    widget.removeAttribute("aria-busy");
    p.input.disabled = false;
    p.input.value = "";
    if (p.progress) {
      p.progress.hidden = true;
    }
    if ((result.status === 201 || result.status === 200) && result.body && result.body.materialId) {
      showUpload(widget, result.body);
      if (p.status) {
        // The warning is on screen beside the photo; screen readers hear it with the confirmation.
        p.status.textContent = widget.dataset.msgUploaded || "";
        if (result.body.message) {
          const warning = document.createElement("span");
          warning.className = "visually-hidden";
          warning.textContent = ` ${result.body.message}`;
          p.status.append(warning);
        }
      }
      (p.replace && !p.replace.hidden ? p.replace : p.input).focus();
    } else {
      if (p.status) {
        p.status.textContent = "";
      }
      showError(widget, (result.body && result.body.detail) || widget.dataset.msgFailed || "");
      p.input.focus();
    }
  };

  const removeUpload = async (widget) => {
    const p = parts(widget);
    const id = p.value ? p.value.value : "";
    if (!id) {
      return;
    }
    clearError(widget);
    const result = await post(`${widget.dataset.uploadsUrl}/${encodeURIComponent(id)}/delete`);
    if (result.status === 204) {
      p.value.value = "";
      p.current.hidden = true;
      if (p.picker) {
        p.picker.hidden = false;
      }
      if (p.status) {
        p.status.textContent = widget.dataset.msgRemoved || "";
      }
      p.input.focus();
    } else {
      showError(widget, (result.body && result.body.detail) || widget.dataset.msgFailed || "");
    }
  };

  const saveMarketing = async (widget, allowed) => {
    const p = parts(widget);
    const id = p.value ? p.value.value : "";
    if (!id) {
      return;
    }
    const params = new URLSearchParams({ allowed: String(allowed) });
    const result = await post(withQuery(`${widget.dataset.uploadsUrl}/${encodeURIComponent(id)}/marketing`, params));
    if (result.status === 204) {
      if (p.status) {
        p.status.textContent = widget.dataset.msgMarketing || "";
      }
    } else {
      showError(widget, (result.body && result.body.detail) || widget.dataset.msgFailed || "");
    }
  };

  /** Widgets work as forms without this script; with it the upload starts as soon as a file is chosen. */
  const enhance = (root) => {
    root.querySelectorAll("[data-upload]").forEach((widget) => {
      if (widget.dataset.uploadEnhanced) {
        return;
      }
      widget.dataset.uploadEnhanced = "true";
      const p = parts(widget);
      if (p.submit) {
        p.submit.hidden = true;
      }
      if (p.replace) {
        p.replace.hidden = false;
        if (p.picker && p.current && !p.current.hidden) {
          p.picker.hidden = true;
        }
      }
    });
  };

  document.addEventListener("change", (event) => {
    const target = event.target;
    const widget = target.closest ? target.closest("[data-upload]") : null;
    if (!widget) {
      return;
    }
    if (target.matches("[data-upload-input]") && target.files && target.files.length > 0) {
      uploadFile(widget, target.files[0]);
    } else if (target.matches("[data-upload-marketing]")) {
      saveMarketing(widget, target.checked);
    }
  });

  document.addEventListener("click", (event) => {
    const button = event.target.closest ? event.target.closest("[data-upload-replace], [data-upload-remove]") : null;
    const widget = button ? button.closest("[data-upload]") : null;
    if (!widget) {
      return;
    }
    event.preventDefault();
    if (button.matches("[data-upload-replace]")) {
      parts(widget).input.click();
    } else {
      removeUpload(widget);
    }
  });

  const start = () => enhance(document);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
  // The cart is redrawn by htmx after a change: enhance the new widgets too.
  document.addEventListener("htmx:afterSwap", (event) => enhance(event.target));
})();
