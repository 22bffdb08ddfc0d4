import CSStats
print("cs-stats \(CSStatsVersion.string)")
