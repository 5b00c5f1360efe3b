-- wrk script: cycles through a file of prepared requests (one per line: method, path, bearer token,
-- tab-separated), counts answers by status and prints one JSON line of results when done.
local threads = {}
local counter = 0
local requests = {}
statuses = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  for line in io.lines(args[1]) do
    local method, path, token = line:match("^([^\t]*)\t([^\t]*)\t?([^\t]*)")
    local headers = {}
    if token ~= nil and token ~= "" then headers["Authorization"] = "Bearer " .. token end
    if method == "POST" or method == "PUT" then headers["Content-Length"] = "0" end
    table.insert(requests, wrk.format(method, path, headers, nil))
  end
  counter = id * 7919
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local all = {}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("statuses")) do all[status] = (all[status] or 0) + n end
  end
  local parts = {}
  for status, n in pairs(all) do table.insert(parts, string.format('"%d": %d', status, n)) end
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d, "mean_us": %.1f,'
      .. ' "socket_errors": %d, "statuses": {%s}}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.mean, e.connect + e.read + e.write + e.timeout, table.concat(parts, ", ")))
end
