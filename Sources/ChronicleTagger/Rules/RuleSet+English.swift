extension RuleSet {
    /// Every English rule, in the order ties are broken: at each token the longest match wins, and
    /// among matches of the same length the rule listed first.
    static let english: [Rule] = [
        // Sets first: "a day" after an amount is a frequency, not a duration.
        newspaper, frequencyAdverb, quarterlyAdverb, everyNthWeekday, everyNamedPeriod, dayOfEveryMonth,
        dateOfEveryYear, weekdaysSet, everyUnit,
        pluralWeekday,
        pluralWeekend,
        speed, perUnitAfterNumber, perUnitAfterCountedWord,
        perUnitAfterUnits,
        // Clock times and parts of days, which may end in a day ("10 p.m. Wednesday").
        raceTime, clockRangeSharingMeridiem, clockWithMeridiem, clockPartOfDay, clockInWords, clock24, hourOfNamedPart,
        militaryClock, zonedMilitaryClock, noon,
        highNoon, midPartOfDay, earlyLatePartOfDay,
        dayWithPartOfDay, thisPartOfDay,
        thePartOfDay, thatPartOfDay,
        // Calendar dates, fullest forms first.
        monthDayYear, dayMonthYear, isoDateTime, isoDate, yearSlashMonthSlashDay, monthSlashDaySlashYear,
        daySlashMonthSlashYear,
        monthYear, monthApostropheYear, monthSpokenYear, monthOfRelativeYear, monthDayRange, monthDayToMonthDay,
        dayRangeMonth, eventDay,
        monthDay,
        dayMonth, spokenDayOfMonth, dayOfMonth, dayOfRelativeMonth, weekOf, nthWeekOfMonth,
        // Quarters, halves, seasons and the reporting periods of results.
        yearPartOfRelativeYear, quarterOfYearPossessive, quarterOfRelativeYear, quarterInARow, quarter, quarterByMonths,
        quarterByLastMonth, quarterAdjective, quarterCode,
        half, halfCode, twoQuartersOfYear, winterAcrossYears, seasonOfYear, relativeSeason,
        fallAsDecline, seasonPair, season,
        yearAgoPeriod, periodAYearBefore, reportingQuarter, yearPeriod, midPeriod, turnOfCentury, periodEnd,
        // Years, decades, centuries.
        yearRange, yearToPresent, yearSlashRange, yearOpenEnded, dateBeforeCommonEra, yearBeforeCommonEra,
        yearOfCommonEraBefore,
        yearOfCommonEraAfter,
        fiscalYear, fiscalYearCode, theYear, spokenYear,
        spokenYearAfterPreposition,
        ageDecade, readingDecade, roaringTwenties, decade, centuryPair, century, year, apostropheYear,
        // Relative dates: the reference-anchored readings before the speech-anchored ones they resemble.
        today, dayBeforeYesterday, laterInThe, earlyInThe, weekTalkedAbout, dayAfter, appositivePeriod,
        appositivePeriodClause,
        sameDay, withinTheNextUnit, spentTheNextUnit, referenceDay,
        relativePeriod,
        relativePeriodWithArticle, theNewYear, turnOfTheYear, newYearsDay,
        theWeekend, agoFromDay, fromDay, ago, agoUncounted, fromNow, earlier, seasonBeforeLast, unitBeforeLast,
        unitBeforeAfter,
        relativeMonth, monthOfReference, monthOfReferenceEndingClause,
        weekdayOfMonth, weekendOfMonth, relativeWeekday, weekdayOfRelativeWeek, holidayObject, besideHoliday,
        weekdayBesideDay, weekdayBeforeAfter, holidayOfRelativeYear, holiday,
        holyWeek, eventWeekday, weekdayKind,
        warName,
        monthAlone,
        weekday, indefiniteWeekday,
        // The present, past and future references.
        nowAndThen, now, current, thenCurrent, mostRecentlyBeforeDate, asRecentlyAs, recently, otherDay, future,
        laterDate, someday,
        nearTerm,
        asSoonAsPossible,
        // Durations last: a count of units that nothing above read as a date.
        fraction, halfHourMark, durationToTheDay, unitOrCount, asManyUnits, durationAndAHalf, quarterUnit,
        hundredsOfUnits,
        halfUnit, halfAsCount, relativeClockUnit,
        countedDuration, clockUnitsEarlier, anotherDuration, bareUnitsLater, compoundPeriod, compoundDuration,
        compoundLong, unitLong,
        unitLongWord,
        aWhile, onceInAWhile, callItADay, roundTheClock, tinyMinute, bareUnits, unitsOf, theUnits, unitsAtAnEnd,
        periodEnded, halfYearEnded, recentUnits, unitsAhead,
        // "the year" is a date unless a reporting phrase above made it a duration ("the year ended June 30").
        reportYear,
    ]
}

extension Grammar {
    /// The English rules, compiled once per process.
    static let english = Grammar(rules: RuleSet.english)
}
