// The runs folder beside a project (runs/<stem>-<n>/), as the Runs view and
// `netwright-cli runs` read it: the input is run 1's run.json and weights, and run
// 2's history.json (its run.json a valid one), so both JSON readers and the
// weights reader see every input. Listing, finding and the weights each either
// succeed or refuse with a message.
#include "FuzzInputFile.h"

#include "io/RunStore.h"

#include <QString>
#include <QStringList>

#include <cstdlib>

namespace {

const char kValidRun2[] = R"json({"branch_epoch":null,"changes":[],"data":"toy:circle?samples=500&noise=0.05&seed=1","duration_seconds":0,"epochs":2,"final":{"accuracy":0.8700000047683716,"loss":0.35942575335502625,"validation_accuracy":0.8799999952316284,"validation_loss":0.3226669728755951},"format_version":1,"id":"fuzz-002","name":"Run 1","origin":"cli","parent":null,"project":"fuzz.nwproj","started":"2026-12-06T12:00:00Z","status":"completed","test":{"accuracy":0.9200000166893005,"loss":0.32075434923171997,"samples":100},"training":{"batch_size":16,"early_stopping":{"enabled":false,"min_delta":0,"patience":5,"restore_best_weights":true},"epochs":2,"gradient_clip_norm":0,"label_smoothing":0,"learning_rate":0.02,"loss":"cross_entropy","optimizer":{"alpha":0.99,"beta1":0.9,"beta2":0.999,"eps":1e-08,"momentum":0,"name":"adam","nesterov":false,"weight_decay":0},"schedule":{"gamma":0.1,"kind":"constant","min_learning_rate":0,"step_epochs":10,"total_epochs":0,"warmup_epochs":0},"seed":1,"threads":0}})json";

void requireReason(const QString& error)
{
    if (error.isEmpty())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string folder = nw::fuzz::freshInputFolder("project");
    nw::fuzz::freshInputFolder("project/runs");
    nw::fuzz::freshInputFolder("project/runs/fuzz-001");
    nw::fuzz::freshInputFolder("project/runs/fuzz-002");
    nw::fuzz::writeInputFile("project/runs/fuzz-001/run.json", data, size);
    nw::fuzz::writeInputFile("project/runs/fuzz-001/history.json", reinterpret_cast<const std::uint8_t*>("[]"), 2);
    nw::fuzz::writeInputFile("project/runs/fuzz-001/weights.safetensors", data, size);
    nw::fuzz::writeInputFile("project/runs/fuzz-002/run.json", reinterpret_cast<const std::uint8_t*>(kValidRun2),
        sizeof kValidRun2 - 1);
    nw::fuzz::writeInputFile("project/runs/fuzz-002/history.json", data, size);

    const nw::RunStore store(QString::fromStdString(folder + "/fuzz.nwproj"));
    QStringList problems;
    const std::vector<nw::RunRecord> runs = store.list(&problems);
    for (const QString& problem : problems)
        requireReason(problem);
    for (const char* id : { "fuzz-001", "fuzz-002" }) {
        QString error;
        if (!store.find(QString::fromLatin1(id), &error))
            requireReason(error);
        error.clear();
        if (!store.weights(QString::fromLatin1(id), &error))
            requireReason(error);
    }
    return 0;
}
