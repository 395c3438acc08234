"""keras.datasets.imdb and cifar10 read Keras's own files: small files in the real formats
(written by keras_datasets/make_fixtures.py, which also recorded what real Keras 3 reads from
them in keras_datasets/expected.txt) give the same arrays here. A missing file is an error that
names the file and where to put it."""
import shutil
import subprocess
from pathlib import Path

import pytest

import snippetlib

HERE = Path(__file__).resolve().parent / "keras_datasets"


def run(script: Path, keras_home: Path, cwd: Path):
    env = {**snippetlib.child_env(), "KERAS_HOME": str(keras_home)}
    return subprocess.run([str(snippetlib.cellgrad_path()), "run", str(script)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("dataset", [
    "imdb", "cifar10"])
def test_datasets_read_keras_files_as_keras_does(tmp_path, dataset):
    shutil.copytree(HERE / "datasets", tmp_path / "home" / "datasets")
    ours = run(HERE / f"check_{dataset}.py", tmp_path / "home", tmp_path)
    assert ours.returncode == 0 and not ours.stderr, ours.stderr[-3000:]
    assert ours.stdout == (HERE / f"expected_{dataset}.txt").read_text()


def test_missing_files_say_which_file_goes_where(tmp_path):
    script = tmp_path / "missing.py"
    script.write_text(
        "from keras.datasets import imdb, cifar10\n"
        "for f in (imdb.load_data, imdb.get_word_index, cifar10.load_data):\n"
        "    try:\n"
        "        f()\n"
        "    except FileNotFoundError as e:\n"
        "        print(e)\n")
    ours = run(script, tmp_path / "empty", tmp_path)
    assert ours.returncode == 0, ours.stderr
    lines = ours.stdout.splitlines()
    assert len(lines) == 3
    datasets = str(tmp_path / "empty" / "datasets")
    assert f"{datasets}/imdb.npz" in lines[0] and "fashion_mnist" in lines[0]
    assert f"{datasets}/imdb_word_index.json" in lines[1]
    assert f"{datasets}/cifar-10-batches-py-target" in lines[2] and "data_batch_1" in lines[2] and "cifar-10-python.tar.gz" in lines[2]
