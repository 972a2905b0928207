for s in dev questions questions-b questions-c questions-e; do printf "%-12s" $s; npx tsx scripts/eval.ts --set $s 2>/dev/null | grep -A3 "^ALL" | grep -E "hybrid" | tail -1; done
