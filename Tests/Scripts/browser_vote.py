#!/usr/bin/python3
"""A real browser votes: headless chromium through chromedriver (Debian's chromium-driver and
python3-selenium) opens the room's page, taps a button, and waits until the page follows the
wall to the next question by itself (Server-Sent Events).

usage: browser_vote.py URL ANSWER [--wait-for TEXT]
Prints the notice the page showed after the tap, then (with --wait-for) the question text once
the page shows TEXT.
"""
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By


def main():
    url, answer = sys.argv[1], sys.argv[2]
    wait_for = sys.argv[sys.argv.index("--wait-for") + 1] if "--wait-for" in sys.argv else None
    options = Options()
    for arg in ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                f"--user-data-dir={tempfile.mkdtemp(prefix='jc-browser-')}"]:
        options.add_argument(arg)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.set_page_load_timeout(15)
        driver.get(url)
        driver.find_element(By.CSS_SELECTOR, f'button[value="{answer}"]').click()
        deadline = time.time() + 15
        notice = None
        while notice is None and time.time() < deadline:
            found = driver.find_elements(By.CSS_SELECTOR, ".notice")
            notice = found[0].text if found else None
            time.sleep(0.1)
        print(notice)
        sys.stdout.flush()
        if wait_for:
            deadline = time.time() + 15
            while time.time() < deadline:
                try:
                    text = driver.find_element(By.CSS_SELECTOR, ".question").text
                    if wait_for in text:
                        print(text)
                        return
                except Exception:
                    pass
                time.sleep(0.2)
            print("the page did not follow the wall", file=sys.stderr)
            sys.exit(1)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
