// The dataset dock: each source writes the right spec into the document, the
// split editors write through, loading happens off the GUI thread, errors name
// the file, and the class chart counts what the split holds.
#include "panels/ClassDistributionChart.h"
#include "panels/DatasetDock.h"
#include "panels/PathEdit.h"

#include "data/IdxDataset.h"
#include "model/NetworkDocument.h"

#include <gtest/gtest.h>

#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <filesystem>

using namespace nw;

namespace {

template <typename T>
T* child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QLatin1String(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

void selectData(QComboBox* combo, const QString& data)
{
    const int index = combo->findData(data);
    ASSERT_GE(index, 0) << data.toStdString();
    combo->setCurrentIndex(index);
}

// Waits until the dock has loaded (or failed to load) what the document names.
bool waitForLoad(DatasetDock& dock, int timeoutMs = 60000)
{
    QSignalSpy loaded(&dock, &DatasetDock::datasetLoaded);
    QSignalSpy failed(&dock, &DatasetDock::loadFailed);
    return QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, timeoutMs);
}

QString fashionOrDigitsSpec()
{
    const QString dir = QString::fromStdString(fashionMnistDirectory());
    return QFileInfo::exists(dir + QStringLiteral("/train-images-idx3-ubyte.gz")) ? QStringLiteral("fashion-mnist:train")
                                                                                 : QStringLiteral("bundled:digits");
}

void setSpec(NetworkDocument& document, const QString& spec)
{
    DatasetReference ref = document.dataset();
    ref.spec = spec;
    document.setDataset(ref);
}

QString corrupt(const char* relative)
{
    return QStringLiteral(NETWRIGHT_SOURCE_DIR "/tests/corrupt/") + QLatin1String(relative);
}

} // namespace

TEST(DatasetDock, EachSourceWritesItsSpecToTheDocument)
{
    NetworkDocument document;
    DatasetDock dock(&document);
    auto* source = child<QComboBox>(dock, "source");

    source->setCurrentIndex(0);
    selectData(child<QComboBox>(dock, "toyKind"), QStringLiteral("spiral"));
    child<QSpinBox>(dock, "toySamples")->setValue(600);
    child<QDoubleSpinBox>(dock, "toyNoise")->setValue(0.1);
    child<QSpinBox>(dock, "toySeed")->setValue(3);
    EXPECT_EQ(document.dataset().spec, QStringLiteral("toy:spiral?noise=0.1&samples=600&seed=3"));
    EXPECT_TRUE(document.isModified());

    source->setCurrentIndex(1);
    selectData(child<QComboBox>(dock, "bundledName"), QStringLiteral("digits"));
    EXPECT_EQ(document.dataset().spec, QStringLiteral("bundled:digits"));

    source->setCurrentIndex(2);
    selectData(child<QComboBox>(dock, "fashionPart"), QStringLiteral("test"));
    EXPECT_EQ(document.dataset().spec, QStringLiteral("fashion-mnist:test"));
    selectData(child<QComboBox>(dock, "fashionPart"), QStringLiteral("train"));
    child<QCheckBox>(dock, "fashionOfficialTest")->setChecked(true);
    EXPECT_EQ(document.dataset().spec, QStringLiteral("fashion-mnist:train"));
    EXPECT_EQ(document.dataset().testSpec, QStringLiteral("fashion-mnist:test"));

    source->setCurrentIndex(3);
    child<PathEdit>(dock, "idxImages")->setPath(QStringLiteral("/data/imgs-idx3-ubyte.gz"));
    child<PathEdit>(dock, "idxLabels")->setPath(QStringLiteral("/data/labels-idx1-ubyte.gz"));
    EXPECT_EQ(document.dataset().spec, QStringLiteral("idx:/data/imgs-idx3-ubyte.gz,/data/labels-idx1-ubyte.gz"));
    EXPECT_TRUE(document.dataset().testSpec.isEmpty()) << "the official Fashion test set goes with Fashion only";

    source->setCurrentIndex(5);
    child<PathEdit>(dock, "imagesDir")->setPath(QStringLiteral("/data/photos"));
    child<QSpinBox>(dock, "imageWidth")->setValue(32);
    child<QSpinBox>(dock, "imageHeight")->setValue(24);
    selectData(child<QComboBox>(dock, "imageColor"), QStringLiteral("rgb"));
    EXPECT_EQ(document.dataset().spec, QStringLiteral("images:/data/photos?color=rgb&size=32x24"));
    selectData(child<QComboBox>(dock, "imageFit"), QStringLiteral("crop"));
    EXPECT_EQ(document.dataset().spec, QStringLiteral("images:/data/photos?color=rgb&fit=crop&size=32x24"));
    selectData(child<QComboBox>(dock, "imageFit"), QStringLiteral("stretch"));
    EXPECT_EQ(document.dataset().spec, QStringLiteral("images:/data/photos?color=rgb&size=32x24"));
    selectData(child<QComboBox>(dock, "imageNormalize"), QStringLiteral("train"));
    EXPECT_EQ(document.dataset().spec, QStringLiteral("images:/data/photos?color=rgb&normalize=train&size=32x24"));
    selectData(child<QComboBox>(dock, "imageNormalize"), QStringLiteral("none"));
    // Statistics given in the file survive an edit in the form.
    setSpec(document, QStringLiteral("images:/data/photos?color=rgb&mean=0.5&size=32x24&std=0.25"));
    child<QSpinBox>(dock, "imageWidth")->setValue(30);
    EXPECT_EQ(document.dataset().spec, QStringLiteral("images:/data/photos?color=rgb&mean=0.5&size=30x24&std=0.25"));
    selectData(child<QComboBox>(dock, "imageNormalize"), QStringLiteral("none"));
    EXPECT_EQ(document.dataset().spec, QStringLiteral("images:/data/photos?color=rgb&size=30x24"));

    source->setCurrentIndex(6);
    child<PathEdit>(dock, "npyFeatures")->setPath(QStringLiteral("/data/x.npy"));
    child<PathEdit>(dock, "npyTargets")->setPath(QStringLiteral("/data/y.npy"));
    EXPECT_EQ(document.dataset().spec, QStringLiteral("npy:/data/x.npy,/data/y.npy"));

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("penguins.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("bill_length,\"flipper, mm\",species\n39.1,181,Adelie\n46.5,210,Gentoo\n");
    file.close();
    source->setCurrentIndex(4);
    child<PathEdit>(dock, "csvPath")->setPath(csv);
    EXPECT_EQ(document.dataset().spec, QStringLiteral("csv:%1?missing=drop&target=species").arg(csv));
    child<QComboBox>(dock, "csvTarget")->setCurrentIndex(0);
    selectData(child<QComboBox>(dock, "csvMissing"), QStringLiteral("mean"));
    EXPECT_EQ(document.dataset().spec, QStringLiteral("csv:%1?missing=mean&target=bill_length").arg(csv));
}

TEST(DatasetDock, CsvTargetComboListsTheHeaderColumns)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("table.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF" "age,\"income, k$\",,label\n30,40,1,yes\n");
    file.close();
    NetworkDocument document;
    DatasetDock dock(&document);
    child<QComboBox>(dock, "source")->setCurrentIndex(4);
    child<PathEdit>(dock, "csvPath")->setPath(csv);
    auto* target = child<QComboBox>(dock, "csvTarget");
    ASSERT_EQ(target->count(), 4);
    EXPECT_EQ(target->itemText(0), QStringLiteral("age"));
    EXPECT_EQ(target->itemText(1), QStringLiteral("income, k$"));
    EXPECT_EQ(target->itemText(2), QStringLiteral("column 3"));
    EXPECT_EQ(target->itemText(3), QStringLiteral("label"));
    EXPECT_EQ(target->currentText(), QStringLiteral("label")) << "the loader's default target is the last column";
}

TEST(DatasetDock, SplitEditorsWriteThrough)
{
    NetworkDocument document;
    DatasetDock dock(&document);
    child<QDoubleSpinBox>(dock, "validationFraction")->setValue(10.0);
    child<QDoubleSpinBox>(dock, "testFraction")->setValue(30.0);
    child<QSpinBox>(dock, "splitSeed")->setValue(7);
    child<QCheckBox>(dock, "stratified")->setChecked(false);
    EXPECT_DOUBLE_EQ(document.dataset().validationFraction, 0.1);
    EXPECT_DOUBLE_EQ(document.dataset().testFraction, 0.3);
    EXPECT_EQ(document.dataset().splitSeed, 7u);
    EXPECT_FALSE(document.dataset().stratified);
    EXPECT_TRUE(document.isModified());
    // The two parts can never take all the data.
    EXPECT_LE(child<QDoubleSpinBox>(dock, "validationFraction")->maximum() + 30.0, 95.0 + 1e-9);
}

TEST(DatasetDock, DocumentChangesRefreshTheEditors)
{
    NetworkDocument document;
    DatasetDock dock(&document);
    DatasetReference ref;
    ref.spec = QStringLiteral("toy:xor?noise=0.25&samples=300&seed=9");
    ref.validationFraction = 0.15;
    ref.splitSeed = 42;
    document.setDataset(ref);
    EXPECT_EQ(child<QComboBox>(dock, "source")->currentIndex(), 0);
    EXPECT_EQ(child<QComboBox>(dock, "toyKind")->currentData().toString(), QStringLiteral("xor"));
    EXPECT_EQ(child<QSpinBox>(dock, "toySamples")->value(), 300);
    EXPECT_DOUBLE_EQ(child<QDoubleSpinBox>(dock, "toyNoise")->value(), 0.25);
    EXPECT_EQ(child<QSpinBox>(dock, "toySeed")->value(), 9);
    EXPECT_DOUBLE_EQ(child<QDoubleSpinBox>(dock, "validationFraction")->value(), 15.0);
    EXPECT_EQ(child<QSpinBox>(dock, "splitSeed")->value(), 42);
    EXPECT_EQ(document.dataset(), ref) << "showing the document must not write it back";
}

TEST(DatasetDock, LoadingRunsOffTheGuiThreadAndFillsTheGrid)
{
    NetworkDocument document;
    DatasetDock dock(&document);
    dock.resize(420, 900);
    dock.show();
    QSignalSpy loaded(&dock, &DatasetDock::datasetLoaded);
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, maxGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        maxGap = std::max(maxGap, clock.elapsed() - last);
        last = clock.elapsed();
    });
    ticker.start();
    last = clock.elapsed();
    const QString spec = fashionOrDigitsSpec();
    setSpec(document, spec);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 60000)) << dock.errorText().toStdString();
    QTest::qWait(50);
    ticker.stop();
    const auto dataset = dock.dataset();
    ASSERT_NE(dataset, nullptr);
    std::cout << "[ info ] " << spec.toStdString() << ": " << dataset->size() << " samples loaded in "
              << clock.elapsed() << " ms, longest event-loop gap " << maxGap << " ms\n";
    EXPECT_LT(maxGap, 250) << "the GUI thread was blocked while loading";
    EXPECT_EQ(dock.thumbnailCount(), 48);
    auto* grid = child<QListWidget>(dock, "thumbnails");
    EXPECT_EQ(grid->item(0)->text(), QString::fromStdString(dataset->classNames()[dataset->label(0)]));
    EXPECT_FALSE(grid->item(0)->icon().isNull());
    QSignalSpy activated(&dock, &DatasetDock::sampleActivated);
    Q_EMIT grid->itemClicked(grid->item(5));
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.first().first().toInt(), 5);
}

TEST(DatasetDock, CorruptFilesShowAnErrorNamingTheFile)
{
    NetworkDocument document;
    DatasetDock dock(&document);
    setSpec(document, QStringLiteral("csv:") + corrupt("csv/ragged-row-line-17.csv"));
    ASSERT_TRUE(waitForLoad(dock));
    EXPECT_EQ(dock.dataset(), nullptr);
    EXPECT_TRUE(dock.errorText().contains(QStringLiteral("ragged-row-line-17.csv:17"))) << dock.errorText().toStdString();

    setSpec(document,
        QStringLiteral("idx:%1,%2")
            .arg(corrupt("idx/truncated-images-idx3-ubyte"), corrupt("idx/trailing-bytes-labels-idx1-ubyte")));
    ASSERT_TRUE(waitForLoad(dock));
    EXPECT_TRUE(dock.errorText().contains(QStringLiteral("truncated-images-idx3-ubyte"))) << dock.errorText().toStdString();
    EXPECT_TRUE(dock.errorText().contains(QStringLiteral("truncated"))) << dock.errorText().toStdString();
    EXPECT_EQ(dock.thumbnailCount(), 0);

    // A good file afterwards clears the error.
    setSpec(document, QStringLiteral("bundled:iris"));
    ASSERT_TRUE(waitForLoad(dock));
    EXPECT_TRUE(dock.errorText().isEmpty());
}

TEST(DatasetDock, ClassDistributionCountsMatchTheSplit)
{
    NetworkDocument document;
    DatasetDock dock(&document);
    DatasetReference ref;
    ref.spec = QStringLiteral("bundled:iris");
    ref.validationFraction = 0.2;
    ref.testFraction = 0.1;
    ref.splitSeed = 3;
    document.setDataset(ref);
    ASSERT_TRUE(waitForLoad(dock));
    const auto dataset = dock.dataset();
    ASSERT_NE(dataset, nullptr);
    auto* chart = child<ClassDistributionChart>(dock, "distribution");
    const std::vector<std::size_t> all = dataset->classCounts();
    const DatasetSplit& split = dock.split();
    const std::vector<std::size_t> parts[3] = { dataset->classCounts(split.train),
        dataset->classCounts(split.validation), dataset->classCounts(split.test) };
    ASSERT_EQ(all.size(), 3u);
    for (int c = 0; c < 3; ++c) {
        double sum = 0;
        for (int part = 0; part < 3; ++part) {
            ASSERT_NE(chart->partSet(part), nullptr);
            EXPECT_EQ(chart->partSet(part)->at(c), double(parts[part][std::size_t(c)])) << part << " " << c;
            sum += chart->partSet(part)->at(c);
        }
        EXPECT_EQ(sum, double(all[std::size_t(c)]));
    }
    EXPECT_EQ(split.test.size(), 15u);

    // A new split seed or fraction redraws the bars without reloading.
    QSignalSpy loaded(&dock, &DatasetDock::datasetLoaded);
    child<QDoubleSpinBox>(dock, "testFraction")->setValue(40.0);
    EXPECT_EQ(dock.split().test.size(), 60u);
    double test = 0;
    for (int c = 0; c < 3; ++c)
        test += chart->partSet(2)->at(c);
    EXPECT_EQ(test, 60.0);
    QTest::qWait(300);
    EXPECT_TRUE(loaded.isEmpty());
}

TEST(DatasetDock, TabularAndToyDataShowATable)
{
    NetworkDocument document;
    DatasetDock dock(&document);
    setSpec(document, QStringLiteral("toy:circle?samples=200"));
    ASSERT_TRUE(waitForLoad(dock));
    auto* table = dock.findChild<QAbstractItemView*>(QStringLiteral("sampleTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->model()->rowCount(), 200);
    EXPECT_EQ(table->model()->columnCount(), 3);
    EXPECT_EQ(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("x"));
    auto* scatter = child<QLabel>(dock, "scatter");
    EXPECT_FALSE(scatter->isHidden());

    setSpec(document, QStringLiteral("bundled:iris"));
    ASSERT_TRUE(waitForLoad(dock));
    EXPECT_EQ(table->model()->columnCount(), 5);
    EXPECT_EQ(table->model()->headerData(4, Qt::Horizontal).toString(), QStringLiteral("class"));
    EXPECT_TRUE(scatter->isHidden());
}

// Reload reads the files again even when they look unchanged (an image edited in place
// inside its folder keeps the folder's time): it does not answer from the data cache.
TEST(DatasetDock, ReloadReadsTheFileAgainEvenWhenItLooksTheSame)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("points.csv"));
    const auto write = [&path](const char* firstRow) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray("x,y,label\n") + firstRow + "\n2,3,b\n4,5,a\n6,7,b\n");
    };
    write("1,1,a");
    NetworkDocument document;
    DatasetDock dock(&document);
    setSpec(document, QStringLiteral("csv:") + path + QStringLiteral("?target=label"));
    ASSERT_TRUE(waitForLoad(dock));
    ASSERT_TRUE(dock.dataset());
    Tensor x, y;
    const std::size_t first = 0;
    dock.dataset()->fillBatch({ &first, 1 }, x, y);
    EXPECT_EQ(x[0], 1.0f);

    // Same size, same modification time, other values.
    const auto time = std::filesystem::last_write_time(path.toStdString());
    write("9,9,a");
    std::filesystem::last_write_time(path.toStdString(), time);
    QSignalSpy loaded(&dock, &DatasetDock::datasetLoaded);
    child<QPushButton>(dock, "reload")->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 60000));
    dock.dataset()->fillBatch({ &first, 1 }, x, y);
    EXPECT_EQ(x[0], 9.0f);
}
