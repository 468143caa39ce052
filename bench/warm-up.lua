-- wrk script of bench/request-path's warm-up: cycles through every case's request ("<path> <token>" per line of
-- the file given after --), so the JIT has compiled the whole request path of every role before anything is timed.
local requests = {}
local next = 0

function init(args)
  for line in io.lines(args[1]) do
    local path, token = line:match("^(%S+) (%S+)$")
    requests[#requests + 1] = wrk.format("GET", path, { Authorization = "Bearer " .. token })
  end
end

function request()
  next = next % #requests + 1
  return requests[next]
end
