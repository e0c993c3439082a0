-- wrk script for bench/serve-wrk.sh: rotates GET /api/dyad over several
-- dyads, periods and ranges (one request path per call, round robin), so
-- the server answers a mix rather than one cached shape.
--   wrk -t2 -c32 -d15s --latency -s bench/wrk/dyads.lua http://127.0.0.1:PORT
local paths = {
  "/api/dyad?a=USA&b=JPN&by=month",
  "/api/dyad?a=JPN&b=USA&by=week",
  "/api/dyad?a=USA&b=JPN&by=day&from=1987-03&to=1987-04",
  "/api/dyad?a=USAGOV&b=JPN&by=month&all_events=1",
  "/api/dyad?a=USA&b=JPN&by=year",
  "/api/dyad?a=JPN&b=KOR&by=month",
  "/api/dyad?a=USA&b=GBR&by=month&from=1987&to=1987",
  "/api/dyad?a=USA&b=JPN&by=month&from=1987-01-01&to=1987-12-31",
}
local i = 0

request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
