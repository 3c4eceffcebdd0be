;;; test.el --- Emacs (eglot) batch test of haconf's language server  -*- lexical-binding: t -*-
;; For each language of test/protocol/samples/cases.json: diagnostics, completion through
;; `eglot-completion-at-point', and hover, over stdio with dist/server.js. Exit 0 only when all pass.
(setq package-directory-list '("/usr/share/emacs/site-lisp/elpa"))
(package-initialize)
(require 'eglot)
(require 'json)
(require 'cl-lib)

(defvar haconf-root (getenv "HACONF_ROOT"))
(defvar haconf-samples (expand-file-name "test/protocol/samples" haconf-root))
(defvar haconf-passes 0)
(defvar haconf-failures 0)
(defvar haconf-published (make-hash-table :test 'equal))

;; Major modes named so that eglot sends the language ids haconf knows.
(define-derived-mode haproxy-mode prog-mode "HAProxy")
(define-derived-mode keepalived-mode prog-mode "keepalived")
(define-derived-mode systemd-unit-file-mode prog-mode "systemd")
(defvar haconf-modes '(("haproxy" . haproxy-mode) ("keepalived" . keepalived-mode)
                       ("systemd-unit-file" . systemd-unit-file-mode)))
;; One entry (so one server) per mode: eglot 1.9 sends a single language id per server, so a server
;; shared by the three modes would tell haconf that every file is the first mode's language.
(defvar haconf-server-command
  (list "node" "--max-semi-space-size=4" (or (getenv "HACONF_SERVER") (expand-file-name "dist/server.js" haconf-root)) "--stdio"))
(setq eglot-server-programs
      (mapcar (lambda (m) (cons (cdr m) haconf-server-command)) haconf-modes))
(setq eglot-sync-connect 20 eglot-autoshutdown nil eglot-events-buffer-size 0)

(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics &allow-other-keys)
  (puthash uri diagnostics haconf-published))

(defun haconf-check (ok name &optional detail)
  (if ok
      (progn (setq haconf-passes (1+ haconf-passes)) (princ (format "ok   %s\n" name)))
    (setq haconf-failures (1+ haconf-failures))
    (princ (format "FAIL %s%s\n" name (if detail (format ": %s" detail) "")))))

(defun haconf-wait (pred seconds)
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall pred)))

(defun haconf-open (rel mode)
  "Visit sample REL in MODE, managed by eglot; return the buffer once its diagnostics arrived."
  (let* ((file (expand-file-name rel haconf-samples))
         (uri (eglot--path-to-uri file))
         (buf (find-file-noselect file)))
    (with-current-buffer buf
      (funcall mode)
      (unless (eglot-current-server)
        (apply #'eglot (eglot--guess-contact))))
    (haconf-check (haconf-wait (lambda () (gethash uri haconf-published)) 20)
                  (format "%s: diagnostics published for %s" mode rel))
    (cons buf (gethash uri haconf-published))))

(defun haconf-goto (pos)
  (goto-char (point-min))
  (forward-line (plist-get pos :line))
  (forward-char (plist-get pos :character)))

(defun haconf-first-word (label)
  (car (split-string label "[ \t=]+" t)))

(defun haconf-hover-text (hover)
  (let ((c (plist-get hover :contents)))
    (cond ((stringp c) c)
          ((plist-get c :value))
          ((vectorp c) (mapconcat (lambda (x) (if (stringp x) x (or (plist-get x :value) ""))) c "\n"))
          (t ""))))

(defun haconf-run-case (case)
  (let* ((lang (plist-get case :language))
         (mode (cdr (assoc lang haconf-modes)))
         (opened (haconf-open (plist-get case :file) mode))
         (diags (append (cdr opened) nil)))
    (haconf-check (null (cl-remove-if-not (lambda (d) (eql 1 (or (plist-get d :severity) 1))) diags))
                  (format "%s: valid sample has no errors" lang) (format "%S" diags))
    (with-current-buffer (car opened)
      ;; Completion the way a user gets it: eglot's completion-at-point function and its table.
      (let* ((comp (plist-get case :completion))
             (_ (haconf-goto comp))
             (capf (eglot-completion-at-point))
             (labels (and capf (all-completions "" (nth 2 capf))))
             (words (mapcar #'haconf-first-word labels)))
        (haconf-check (> (length labels) 0) (format "%s: completion items exist" lang))
        (haconf-check (member (plist-get comp :expect) words)
                      (format "%s: completion offers %s" lang (plist-get comp :expect))
                      (mapconcat #'identity (seq-take words 30) " ")))
      (let* ((hov (plist-get case :hover))
             (_ (haconf-goto hov))
             (hover (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover
                                     (eglot--TextDocumentPositionParams)))
             (text (haconf-hover-text hover)))
        (haconf-check (> (length text) 20)
                      (format "%s: hover on %s has content" lang (plist-get hov :word)) text)))
    (let* ((bad (haconf-open (plist-get case :bad) mode))
           (line (plist-get case :badLine))
           (on-line (lambda (diags)
                      (cl-remove-if-not
                       (lambda (d) (eql line (plist-get (plist-get (plist-get d :range) :start) :line)))
                       (append diags nil))))
           (uri (eglot--path-to-uri (buffer-file-name (car bad))))
           (fix (plist-get case :fix))
           (codes (mapcar (lambda (d) (plist-get d :code)) (funcall on-line (cdr bad))))
           (still (lambda () (cl-remove-if-not (lambda (d) (member (plist-get d :code) codes))
                                               (funcall on-line (gethash uri haconf-published))))))
      (haconf-check (funcall on-line (cdr bad)) (format "%s: known-bad line %d has a diagnostic" lang (1+ line))
                    (format "%S" (cdr bad)))
      ;; Correct the word as a user would; eglot sends the change and the diagnostics raised for the
      ;; misspelling must go (others, e.g. cross-file HA checks against the sibling samples, may stay).
      (with-current-buffer (car bad)
        (goto-char (point-min))
        (forward-line line)
        (if (search-forward (plist-get fix :find) (line-end-position) t)
            (progn
              (replace-match (plist-get fix :replace) t t)
              (eglot--signal-textDocument/didChange)
              (haconf-check (haconf-wait (lambda () (null (funcall still))) 10)
                            (format "%s: correcting %s clears the diagnostic" lang (plist-get fix :find))
                            (format "%S" (gethash uri haconf-published))))
          (haconf-check nil (format "%s: %s found on the bad line" lang (plist-get fix :find))))))))

(let* ((json-object-type 'plist) (json-array-type 'list) (json-key-type 'keyword)
       (cases (json-read-file (expand-file-name "cases.json" haconf-samples))))
  (condition-case err
      (dolist (c cases) (haconf-run-case c))
    (error (haconf-check nil "test script error" (format "%S" err))))
  (maphash (lambda (_project servers) (dolist (s servers) (ignore-errors (eglot-shutdown s))))
           eglot--servers-by-project)
  (princ (format "emacs: %d passed, %d failed\n" haconf-passes haconf-failures))
  (kill-emacs (if (> haconf-failures 0) 1 0)))
