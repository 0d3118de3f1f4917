#include "ExplainTestWindow.h"

#include "AnalysisDocks.h"
#include "engine/ThreadPool.h"
#include "explain/AttributionPage.h"
#include "explain/ExplainDock.h"
#include "explain/Explainer.h"
#include "explain/ExplainMethodForm.h"
#include "explain/ExplainModel.h"
#include "explain/ExplanationView.h"
#include "ExplainController.h"
#include "io/GraphWeights.h"
#include "model/NetworkDocument.h"
#include "panels/DatasetDock.h"
#include "training/PreparedProject.h"
#include "training/ProjectExplainContext.h"
#include "training/TrainingSession.h"
#include "TrainingController.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QDockWidget>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace nw::test {

ExplainTestWindow::ExplainTestWindow()
{
    isolateAutosave(window, autosave.path());
    window.resize(1600, 1000);
    window.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
}

ExplainTestWindow::~ExplainTestWindow()
{
    window.training()->stop();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window.training()->isBusy(); }, kExplainTimeoutMs));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !controller()->isBusy(); }, kExplainTimeoutMs));
    if (window.document()->isModified())
        answerNextMessageBox([](QMessageBox* box) { return box->button(QMessageBox::Discard); });
    window.close();
}

ExplainController* ExplainTestWindow::controller() const
{
    return window.analysis()->explainController();
}

ExplainDock* ExplainTestWindow::dock() const
{
    return window.analysis()->explain();
}

AttributionPage* ExplainTestWindow::attribution() const
{
    return dock()->attribution();
}

DatasetDock* ExplainTestWindow::datasetDock() const
{
    return window.findChild<DatasetDock*>();
}

bool ExplainTestWindow::open(const QString& example, int epochs)
{
    if (!window.openExample(examplePath(example)))
        return false;
    TrainingConfig config = window.document()->trainingConfig();
    config.epochs = epochs;
    window.document()->setTrainingConfig(config);
    return true;
}

bool ExplainTestWindow::trainToTheEnd()
{
    QSignalSpy ended(window.training(), &TrainingController::runEnded);
    window.action(QStringLiteral("actionTrainStart"))->trigger();
    return QTest::qWaitFor([&] { return ended.count() > 0; }, 240000);
}

bool ExplainTestWindow::trainFor(int milliseconds)
{
    QSignalSpy ended(window.training(), &TrainingController::runEnded);
    window.action(QStringLiteral("actionTrainStart"))->trigger();
    if (!QTest::qWaitFor([&] { return window.training()->session()->isRunning(); }, kExplainTimeoutMs))
        return false;
    // A short run may end first; either way, Stop.
    [[maybe_unused]] const bool endedEarly = QTest::qWaitFor([&] { return ended.count() > 0; }, milliseconds);
    window.action(QStringLiteral("actionTrainStop"))->trigger();
    return QTest::qWaitFor([&] { return ended.count() > 0; }, kExplainTimeoutMs);
}

void ExplainTestWindow::showExplain()
{
    window.analysis()->explainDock()->show();
    window.analysis()->explainDock()->raise();
    EXPECT_TRUE(QTest::qWaitFor([&] { return controller()->isShown(); }, kExplainTimeoutMs));
}

bool ExplainTestWindow::clickDatasetSample(int index)
{
    DatasetDock* data = datasetDock();
    if (!QTest::qWaitFor([&] { return data->dataset() != nullptr; }, kExplainTimeoutMs))
        return false;
    if (auto* grid = data->findChild<QListWidget*>(QStringLiteral("thumbnails"));
        grid && grid->count() > index && grid->isVisibleTo(data)) {
        QListWidgetItem* item = grid->item(index);
        grid->scrollToItem(item);
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualItemRect(item).center());
        return true;
    }
    auto* table = data->findChild<QTableView*>();
    if (!table || table->model()->rowCount() <= index)
        return false;
    const QModelIndex cell = table->model()->index(index, 0);
    table->scrollTo(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    return true;
}

bool ExplainTestWindow::waitFor(const std::function<int()>& count, int after)
{
    return QTest::qWaitFor([&] { return count() > after && !controller()->isBusy(); }, kExplainTimeoutMs);
}

bool ExplainTestWindow::waitForAttribution(int after)
{
    return waitFor([this] { return controller()->attributionsDelivered(); }, after);
}

void ExplainTestWindow::tickMethods(const std::vector<ExplainMethod>& methods)
{
    QListWidget* list = attribution()->form()->methodList();
    // Untick first, so there is room for the new ones (at most four at a time).
    for (int pass = 0; pass < 2; ++pass)
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem* item = list->item(row);
            const auto method = static_cast<ExplainMethod>(item->data(Qt::UserRole).toInt());
            const bool wanted = std::find(methods.begin(), methods.end(), method) != methods.end();
            if (pass == 0 && !wanted && item->checkState() == Qt::Checked)
                item->setCheckState(Qt::Unchecked);
            if (pass == 1 && wanted && item->checkState() != Qt::Checked)
                item->setCheckState(Qt::Checked);
        }
}

ExplanationView* ExplainTestWindow::view(ExplainMethod method) const
{
    return attribution()->view(method);
}

Explanation explainIndependently(MainWindow& window, const Tensor& sample, const ExplainOptions& options)
{
    QString error;
    PreparedProject::Options prepare;
    prepare.loadWeights = false;
    auto project = PreparedProject::fromProject(
        window.document()->project(), window.training()->dataProjectPath(), prepare, &error);
    EXPECT_TRUE(project) << error.toStdString();
    if (!project)
        return {};
    if (window.document()->weights().empty())
        project->graph().initialize(project->project().training.seed);
    else
        EXPECT_TRUE(applyWeights(project->graph(), window.document()->weights(), &error)) << error.toStdString();
    ThreadPool pool(1);
    ExplainModel model(project->graph(), pool);
    return explain(model, sample, options, projectExplainContext(*project));
}

} // namespace nw::test
