// The per-class table shows the report's numbers, and a class row links on.
#include "analysis/ClassMetricsTable.h"

#include "AnalysisTestSupport.h"

#include <gtest/gtest.h>
#include <QSignalSpy>
#include <QTableWidget>

using namespace nw;

TEST(ClassMetricsTable, ShowsTheReportPerClassAndItsAverages)
{
    const auto r = test::trainedEvaluation(QStringLiteral("iris"));
    ASSERT_TRUE(r);
    ClassMetricsTable table;
    table.setResult(r);
    QTableWidget* t = table.table();
    ASSERT_EQ(t->rowCount(), 3 + 3);
    const ConfusionMatrix& cm = *r->report.confusion;
    for (int c = 0; c < 3; ++c) {
        const ClassMetrics m = cm.classMetrics(c);
        EXPECT_EQ(t->item(c, ClassMetricsTable::Class)->text(), r->className(c));
        EXPECT_EQ(t->item(c, ClassMetricsTable::Precision)->text(), QString::number(m.precision, 'f', 3));
        EXPECT_EQ(t->item(c, ClassMetricsTable::Recall)->text(), QString::number(m.recall, 'f', 3));
        EXPECT_EQ(t->item(c, ClassMetricsTable::F1)->text(), QString::number(m.f1, 'f', 3));
        EXPECT_EQ(t->item(c, ClassMetricsTable::Support)->text().toULongLong(), m.support);
        EXPECT_EQ(t->item(c, ClassMetricsTable::RocAuc)->text(),
            QString::number(r->report.roc->perClass[static_cast<std::size_t>(c)].auc, 'f', 3));
    }
    EXPECT_EQ(t->item(3, ClassMetricsTable::F1)->text(), QString::number(cm.macroAverage().f1, 'f', 3));
    EXPECT_EQ(t->item(5, ClassMetricsTable::Recall)->text(), QString::number(r->report.accuracy, 'f', 3));
    EXPECT_EQ(t->item(4, ClassMetricsTable::RocAuc)->text(), QStringLiteral("n/a"));

    const QStringList lines = table.csv().trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 7);
    EXPECT_TRUE(lines[5].endsWith(QStringLiteral(",,"))); // weighted average: no AUC, no AP

    QSignalSpy spy(&table, &ClassMetricsTable::classActivated);
    Q_EMIT t->cellClicked(1, 0);
    Q_EMIT t->cellClicked(3, 0); // an average row activates nothing
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toInt(), 1);
}
