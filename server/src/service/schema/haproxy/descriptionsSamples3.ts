// Hand-written descriptions (our own words) of more sample fetches and converters (batch 3).
// Keys are "fetch:<name>" and "conv:<name>"; spread into DESCRIPTIONS by descriptions.ts.
export const SAMPLE_DESCRIPTIONS_3: Readonly<Record<string, string>> = {
  // misc / internal state
  'fetch:51d.all': 'Device properties (up to five names given as arguments) looked up by the 51Degrees device-detection module from all relevant request headers, joined by the configured property separator. Needs a build with 51Degrees support.',
  'fetch:accept_date': 'Time at which haproxy accepted the connection (or, in HTTP, became ready for the next request), in seconds since the epoch. An optional unit argument (`s`, `ms` or `us`) gives a finer resolution for logs.',
  'fetch:acl': 'Boolean result of one or more named ACLs (up to 12, comma-separated), each optionally negated with `!`; true only when all of them match. Lets a sample expression or log format reuse ACL decisions.',
  'fetch:date_us': 'Microsecond part of the current time, to be combined with `date` for sub-second timestamps.',
  'fetch:dump_all_vars': 'All variables of a scope (sess, txn, req, res, proc, or all of them) as one `name=value` list, optionally filtered by a name prefix and with a custom delimiter. Meant for debugging and logging; it fails instead of truncating when the result does not fit.',
  // backend connection
  'fetch:bc.timer.connect': 'Milliseconds spent establishing the TCP connection to the server (the %Tc log timer).',
  'fetch:bc_be_queue': 'Number of streams that left the backend queue while this one waited for a connection slot (the %bq log field).',
  'fetch:bc_srv_queue': 'Number of streams that left the server queue while this one waited for a connection slot (the %sq log field).',
  'fetch:bc_dst': 'Address of the server haproxy connected to for this stream; IPv4 values are mapped when used with IPv6 tables.',
  'fetch:bc_dst_port': 'Port of the server haproxy connected to for this stream.',
  'fetch:bc_src': 'Local address haproxy used for the connection to the server; useful to log which source address or VIP served a request.',
  'fetch:bc_src_port': 'Local port haproxy used for the connection to the server.',
  'fetch:bc_err': 'Numeric code of the error that broke the connection to the server, 0 when there was none; the codes are shared with `fc_err`.',
  'fetch:bc_err_name': 'Short internal name (one word) of the error that broke the connection to the server, empty when there was none.',
  'fetch:bc_err_str': 'Readable message describing why the connection to the server failed, handy in logs when debugging backend outages.',
  'fetch:bc_glitches': 'Number of protocol anomalies seen on the server connection. A sudden rise can point to a misbehaving server or to responses too large for a buffer (502 errors).',
  'fetch:bc_http_major': 'HTTP major version spoken on the wire to the server: 1 for HTTP/1.x, 2 for HTTP/2.',
  'fetch:bc_nb_streams': 'Number of streams currently open on the server connection (more than one only with multiplexed protocols).',
  'fetch:bc_reused': 'True when the request went over an already open (reused) server connection rather than a new one.',
  'fetch:bc_rtt': 'Round-trip time of the server connection as measured by the kernel (TCP_INFO), in milliseconds or in microseconds with `us`. Fails when the connection is not TCP or not established.',
  'fetch:bc_rttvar': 'Variance of the round-trip time of the server connection as measured by the kernel, in milliseconds or in microseconds with `us`.',
  'fetch:bc_settings_streams_limit': 'Maximum number of concurrent streams the server connection allows: always 1 for TCP and HTTP/1.1, negotiated for HTTP/2 and similar.',
  // backend stream
  'fetch:bs.aborted': 'True when the server side aborted the current stream.',
  'fetch:bs.debug_str': 'Developer debugging string of internal states of the server-side stream and connection, optionally limited to some layers by a bitmap argument. Its format changes between versions, so use it only for troubleshooting logs.',
  'fetch:bs.id': 'Stream id used by the multiplexer on the server side (e.g. the HTTP/2 stream number).',
  'fetch:bs.rst_code': 'Reset code the server sent for the stream (HTTP/2 RST_STREAM or QUIC STOP_SENDING); fails when there was no such abort.',
  // timeouts
  'fetch:be_connect_timeout': 'Configured `timeout connect` of the current backend, in milliseconds, before any `set-timeout` rule.',
  'fetch:be_queue_timeout': 'Configured `timeout queue` of the current backend, in milliseconds, before any `set-timeout` rule.',
  'fetch:be_server_timeout': 'Configured `timeout server` of the current backend, in milliseconds, before any `set-timeout` rule.',
  'fetch:be_tarpit_timeout': 'Configured `timeout tarpit` of the current backend, in milliseconds, before any `set-timeout` rule.',
  'fetch:be_tunnel_timeout': 'Configured `timeout tunnel` of the current backend, in milliseconds, before any `set-timeout` rule.',
  'fetch:fe_client_timeout': 'Configured `timeout client` of the current frontend, in milliseconds, before any `set-timeout` rule.',
  'fetch:fe_tarpit_timeout': 'Configured `timeout tarpit` of the current frontend, in milliseconds, before any `set-timeout` rule.',
  'fetch:cur_client_timeout': 'Client timeout in effect for this stream, in milliseconds: the frontend setting unless a `set-timeout` rule changed it.',
  'fetch:cur_connect_timeout': 'Connect timeout in effect for this stream, in milliseconds: the backend setting unless a `set-timeout` rule changed it.',
  'fetch:cur_queue_timeout': 'Queue timeout in effect for this stream, in milliseconds: the backend setting unless a `set-timeout` rule changed it.',
  'fetch:cur_server_timeout': 'Server timeout in effect for this stream, in milliseconds: the backend setting unless a `set-timeout` rule changed it.',
  'fetch:cur_tarpit_timeout': 'Tarpit timeout in effect for this stream, in milliseconds: the frontend or backend setting unless a `set-timeout` rule changed it.',
  'fetch:cur_tunnel_timeout': 'Tunnel timeout in effect for this stream, in milliseconds: the backend setting unless a `set-timeout` rule changed it.',
  // cookies (legacy names)
  'fetch:cook_cnt': 'Older name of `req.cook_cnt`: number of occurrences of the named request cookie, or of all cookies when no name is given.',
  'fetch:cook_val': 'Older name of `req.cook_val`: value of a request cookie converted to an integer.',
  'fetch:cookie': 'Deprecated cookie fetch that reads the request Cookie header or the response Set-Cookie header depending on where it is used. Prefer `req.cook` or `res.cook`, which say the direction explicitly.',
  // CPU and latency accounting
  'fetch:cpu_calls': 'Number of times the task handling the stream has been called since the request started; normally small, higher with compression, caching or heavy analysis.',
  'fetch:cpu_ns_avg': 'Average CPU time in nanoseconds spent per call of the task handling the stream (cpu_ns_tot / cpu_calls). Logging it helps find rules, regexes or Lua code that slow down requests.',
  'fetch:cpu_ns_tot': 'Total CPU time in nanoseconds spent by the task handling the stream for the current request; `cpu_ns_avg` is often easier to compare.',
  'fetch:cpu_usage_grp': 'CPU usage in percent over the last polling loop, averaged over the threads of the current thread group.',
  'fetch:cpu_usage_proc': 'CPU usage in percent over the last polling loop, averaged over all running threads of the process (100 minus the idle ratio).',
  'fetch:cpu_usage_thr': 'CPU usage in percent over the last polling loop of the calling thread, the value haproxy also uses to decide about killing glitchy connections or skipping compression.',
  // distcc
  'fetch:distcc_body': 'Body of a token (optionally its n-th occurrence) in a distcc protocol message read from the request buffer, e.g. to see which file is being compiled.',
  'fetch:distcc_param': 'Numeric parameter of a token (optionally its n-th occurrence) in a distcc protocol message, e.g. to route large preprocessed files to a bigger build farm.',
  // frontend connection timers
  'fetch:fc.timer.handshake': 'Milliseconds spent accepting the connection and completing low-level handshakes such as PROXY protocol and TLS (the %Th log timer).',
  'fetch:fc.timer.total': 'Total lifetime of the stream in milliseconds, from accept until both sides closed (the %Tt log timer).',
};
