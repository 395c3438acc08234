"""Opens a notebook in a real JupyterLab (headless Chromium via selenium), runs all cells with
the Cellgrad kernel and saves a screenshot: how a teacher sees the kernel.

    .venv/bin/python Tests/ui/run_in_jupyterlab.py notebooks/01_neurons_activations.ipynb /tmp/lab.png
    .venv/bin/python Tests/ui/run_in_jupyterlab.py NOTEBOOK docs/lab.png --wait 40 --shots 4
With --shots N it scrolls the notebook and saves lab-1.png … lab-N.png, one screen each;
--wait is the longest the cells get to run (it stops waiting when the kernel is idle); --shots 0
takes as many screens as the notebook is long. The kernel is the first `cellgrad` kernelspec on
JUPYTER_PATH (point it at `cellgrad install --prefix DIR` to try another build).
Needs Debian's chromium and chromium-driver, and selenium from PyPI.
"""
import argparse
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

REPO = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_idle(port: int, limit: float) -> bool:
    """Waits until the notebook's kernel has reported idle for three polls in a row (between two
    queued cells it is idle only for an instant); False if `limit` seconds pass first."""
    deadline = time.time() + limit
    time.sleep(3)
    quiet = 0
    while time.time() < deadline:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/kernels") as reply:
            kernels = json.load(reply)
        idle = bool(kernels) and all(k.get("execution_state") == "idle" for k in kernels)
        quiet = quiet + 1 if idle else 0
        if quiet >= 3:
            return True
        time.sleep(0.7)
    return False


def main(notebook: str, screenshot: str, wait: float = 10, shots: int = 1) -> int:
    port = free_port()
    lab = subprocess.Popen(
        [str(REPO / ".venv/bin/jupyter"), "lab", "--no-browser", f"--port={port}", "--ServerApp.token=",
         "--ServerApp.password=", "--ServerApp.ip=127.0.0.1", f"--ServerApp.root_dir={REPO}", "--allow-root"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(60):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.5)
        options = webdriver.ChromeOptions()
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1800"):
            options.add_argument(flag)
        options.binary_location = "/usr/bin/chromium"
        # The system driver: selenium must not try to download one or send statistics.
        os.environ["SE_AVOID_STATS"] = "true"
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        try:
            # ?reset: a clean workspace, so the tabs (and kernels) of an earlier run are not reopened.
            driver.get(f"http://127.0.0.1:{port}/lab/tree/{notebook}?reset")
            time.sleep(8)
            # Run > Run All Cells through the command palette shortcut-free path: the menu.
            body = driver.find_element(By.TAG_NAME, "body")
            driver.execute_script("window.jupyterapp && window.jupyterapp.commands.execute('notebook:run-all-cells')")
            body.send_keys(Keys.ESCAPE)
            time.sleep(1)
            menus = driver.find_elements(By.XPATH, "//div[contains(@class,'lm-MenuBar-itemLabel') and text()='Run']")
            if menus:
                menus[0].click()
                time.sleep(0.5)
                items = driver.find_elements(By.XPATH, "//div[contains(@class,'lm-Menu-itemLabel') and text()='Run All Cells']")
                if items:
                    items[0].click()
            finished = wait_until_idle(port, wait)
            # JupyterLab's first-run question about news would cover the outputs' corner.
            for button in driver.find_elements(By.XPATH, "//button[.//text()='No']"):
                button.click()
            panel = driver.find_elements(By.CSS_SELECTOR, ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer")
            if shots == 0 and panel:
                # One screen per 90% of the panel's height, down to its end.
                height, screen = driver.execute_script(
                    "return [arguments[0].scrollHeight, arguments[0].clientHeight]", panel[0])
                shots = 1 + max(0, -(-(int(height) - int(screen)) // int(screen * 0.9)))
            if shots <= 1:
                driver.save_screenshot(screenshot)
            else:
                stem, suffix = os.path.splitext(screenshot)
                for shot in range(shots):
                    if panel:
                        driver.execute_script("arguments[0].scrollTop = arguments[1] * arguments[0].clientHeight * 0.9", panel[0], shot)
                    time.sleep(1.5)
                    driver.save_screenshot(f"{stem}-{shot + 1}{suffix}")
            print(f"{'all cells ran' if finished else 'cells still running after the wait'}; {shots} screenshot(s)")
            outputs = driver.find_elements(By.CSS_SELECTOR, ".jp-OutputArea-output")
            errors = driver.find_elements(By.CSS_SELECTOR, "[data-mime-type='application/vnd.jupyter.stderr']")
            print(f"{len(outputs)} outputs, {len(errors)} error/stderr outputs; screenshot {screenshot}")
            for o in errors:
                print("stderr/error:", o.text[:300].replace("\n", " | "))
            for o in outputs[:12]:
                print("---", o.text[:200].replace("\n", " | "))
        finally:
            driver.quit()
    finally:
        lab.terminate()
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Run a notebook in JupyterLab (headless Chromium) and screenshot it.")
    parser.add_argument("notebook")
    parser.add_argument("screenshot")
    parser.add_argument("--wait", type=float, default=10, help="seconds the cells get to run")
    parser.add_argument("--shots", type=int, default=1, help="screens to save, scrolling down (0: as many as the notebook needs)")
    args = parser.parse_args()
    sys.exit(main(args.notebook, args.screenshot, args.wait, args.shots))
