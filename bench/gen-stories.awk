# gen-stories.awk - writes synthetic news documents for the `check` benchmark:
# stories of ten reports each, every report ~5 KB, with figures the reports
# share (some rounded, some wrong), figures of their own, dates and filler.
#   awk -v n=10000 -v out=DIR -f bench/gen-stories.awk
# Optional: per=K writes stories of K reports instead of ten (outlets 0 to
# K-1); key=1 names each report's story in its front matter ("story:
# story-00042"), the key of the map/reduce split (bench/bench-mapreduce.sh).
# Without them the files are those of before, byte for byte.
function syl(k) { return substr("ba ko ri te mu sa lo vi de na pe zu", (k % 12) * 3 + 1, 2) }
function name(k,  s) { s = syl(k) syl(int(k / 12)) syl(int(k / 144)); return toupper(substr(s, 1, 1)) substr(s, 2) }
function pick(arr, cnt, k) { return arr[(k % cnt) + 1] }
BEGIN {
  if (n == "") n = 10000
  if (per == "") per = 10
  split("January February March April May June July August September October November December", month, " ")
  nsector = split("port mine factory airline railway bank refinery shipyard", sector, " ")
  nup = split("rose climbed grew increased jumped", up, " ")
  ndown = split("fell dropped declined slid", down, " ")
  nnoun = split("workers ships trucks containers engineers", noun, " ")
  split("Officials declined to say more. The ministry did not respond to questions. Analysts expect more news next week. Local residents were divided about the plan. A spokesperson promised an update soon.", filler, ".")
  for (d = 0; d < n; d++) {
    story = int(d / per); outlet = d % per
    file = sprintf("%s/story-%05d-%d.md", out, story, outlet)
    place = name(story * 7 + 3); other = name(story * 11 + 5); boss = name(story * 13 + 1)
    sec = pick(sector, nsector, story)
    yr = 2015 + story % 10
    pm = story % 12 + 1; pd = story % 27 + 1
    value = 100 + (story * 37) % 900                 # € million, the shared figure
    growth = 5 + (story * 3) % 20                     # percent
    if (outlet == 9 && story % 4 == 0) growth += 3    # one report in four stories disagrees
    count = 20 + (story * 17) % 500
    printf "---\nsource: Outlet %d\npublished: %d-%02d-%02d\n", outlet, yr, pm, pd > file
    if (key) printf "story: story-%05d\n", story > file
    printf "---\n" > file
    printf "# %s %s under pressure\n\n", place, sec > file
    printf "The %s of %s reported revenue of €%d million in %d, up %d percent from the previous year, according to its annual accounts.\n\n", sec, place, value, yr - 1, growth > file
    printf "Chief executive %s said on %s %d that more than %d %s had been hired since %d.\n\n", boss, month[pm], pd, count, pick(noun, nnoun, story), yr - 3 > file
    printf "The neighbouring %s of %s, which competes for the same customers, earned €%d million in %d.\n\n", sec, other, value + 40 + story % 60, yr - 2 > file
    printf "Inspectors visited the site from %s %d to %d, %d, and found %d faults.\n\n", month[pm], 1 + story % 5, 8 + story % 5, yr - 1, 3 + story % 9 > file
    for (k = 0; k < 40; k++) {
      r = (d * 31 + k * 7) % 100
      if (r < 30) printf "In paragraph %d, a local group said about %d people attended a meeting on %s %d.%s\n\n", k, 50 + r * 3, month[(r % 12) + 1], 1 + r % 28, filler[(k % 5) + 1] > file
      else if (r < 55) printf "Shares of the group %s %.1f%% over %d weeks, a trader said.%s\n\n", pick(down, ndown, r), 0.5 + r / 10, 2 + r % 6, filler[(k % 5) + 1] > file
      else if (r < 75) printf "A survey of %d households found %d percent planned to stay.%s\n\n", 400 + r * 11, 20 + r % 60, filler[(k % 5) + 1] > file
      else printf "The company's %s unit, founded in %d, runs a %d-day training course for new staff.%s\n\n", name(r), 1950 + r, 2 + r % 9, filler[(k % 5) + 1] > file
    }
    close(file)
  }
}
